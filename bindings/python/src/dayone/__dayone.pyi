# Type stub of the C module dayone.__dayone: the same names as the SWIG layer
# dayone._dayone, whose stub is the one place they are declared. Internal.
from ._dayone import *  # noqa: F401,F403
