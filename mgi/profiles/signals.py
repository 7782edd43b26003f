"""Events the apps above may act on; the profiles app never knows who listens.

Sent once the write has committed.
"""

from django.dispatch import Signal

# assessment=<Assessment>, language=<str>: a published profile's texts in one language were
# replaced in place (a translation added or updated), so what was made from them is stale.
published_texts_replaced = Signal()
