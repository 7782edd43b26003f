"""Events other apps may act on (mail, digests), sent once the write has committed.

The assessments app announces; it never knows who listens, so the apps above it stay above it.
"""

from django.dispatch import Signal

# comment=<Comment>: a new comment or reply, sent after its transaction commits.
comment_posted = Signal()
# transition=<Transition>: an assessment moved to another phase, sent after the move commits.
assessment_moved = Signal()
