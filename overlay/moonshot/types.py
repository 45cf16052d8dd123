"""The API's request and response types: the generated models, re-exported (not copied).

    from moonshot.types import ChatCompletionResponse, FileObject

These are the classes every call returns; ``Unset`` / ``UNSET`` mark an optional field
the server left out. Importing this module builds all of them
(``import moonshot`` alone does not), after the overlay's patches are applied, so the
classes seen here are exactly the ones the client parses into.
"""

from ._openapi.generated import models as _patched_models

_patched_models()  # before the star import, so the names below are the patched classes

from moonshot_openapi.models import *  # noqa: E402, F403
from moonshot_openapi.models import __all__ as _model_names  # noqa: E402
from moonshot_openapi.types import UNSET as UNSET  # noqa: E402
from moonshot_openapi.types import Unset as Unset  # noqa: E402

__all__ = [*_model_names, "UNSET", "Unset"]
