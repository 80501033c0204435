"""Query helpers behind the :class:`citydiplo.Dataset` query methods."""

from citydiplo._query._calendar import UNKNOWN_COUNTRY
from citydiplo._query._index import ActorRef, QueryIndex
from citydiplo._query._lifecycle import StatusStep
from citydiplo._query._names import NameIndex, lookup_keys
from citydiplo._query._types import Anniversary, DateLike, Partner, as_date_value, bounds

__all__ = [
    "UNKNOWN_COUNTRY",
    "ActorRef",
    "Anniversary",
    "DateLike",
    "NameIndex",
    "Partner",
    "QueryIndex",
    "StatusStep",
    "as_date_value",
    "bounds",
    "lookup_keys",
]
