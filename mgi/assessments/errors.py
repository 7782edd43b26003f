"""Domain errors; views turn them into messages and HTTP status codes."""


class AssessmentError(Exception):
    """Base of the errors a person can act on; the message says what to do."""


class NotAllowed(AssessmentError):
    """The user's role on this assessment does not allow the action (HTTP 403)."""


class NotFound(AssessmentError):
    """The thing named is not part of this assessment (HTTP 404)."""


class EditConflict(AssessmentError):
    """Someone saved the same thing since this edit began; nothing was overwritten (HTTP 409)."""

    def __init__(self, message: str, current=None):
        super().__init__(message)
        self.current = current


class InvalidTransition(AssessmentError):
    """The assessment cannot move to that phase from where it is."""


class Locked(AssessmentError):
    """The assessment is validated or published: its content can no longer change."""


class InvalidValue(AssessmentError):
    """One value a person typed is refused; `field` names the form field it came from, so the
    form can show the message beside it and keep everything else that was typed."""

    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


class NotReady(AssessmentError):
    """The assessment has gaps that stop the step (publication); the message names each one."""

    def __init__(self, message: str, gaps=()):
        super().__init__(message)
        self.gaps = list(gaps)


class ReasonRequired(AssessmentError):
    """A step back needs a reason; `field` names the form field to mark."""

    field = "note"
