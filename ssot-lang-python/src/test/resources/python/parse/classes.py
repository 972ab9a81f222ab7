"""Classes, their bases, decorators and methods."""
import abc
import enum
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
@registry.register
class Manager(BaseManager, Generic[T], metaclass=ManagerMeta):
    """Sends messages."""

    limit: int = 10
    _connections = {}

    def __init__(self, impl):
        super().__init__(impl)

    async def send(self, a, b):
        return self._impl.send(a, b)

    async def send_later(self, a, b):
        return await self._impl.send(a, b)

    def swap(self, a, b):
        return self._impl.send(b, a)

    def notify(self, message, *, urgent):
        self.transport.notify(message, urgent=urgent)

    def compute(self, x):
        y = x + 1
        return y

    def documented(self):
        """Only a docstring."""

    def passes(self):
        pass

    def dots(self):
        ...

    @staticmethod
    def create(config):
        return Manager(config)

    @classmethod
    def default(cls):
        return cls(None)

    @property
    def size(self):
        return len(self._connections)

    @abc.abstractmethod
    def close(self):
        ...

    def _private(self):
        raise NotImplementedError

    class Settings:
        retries = 3

        class Backoff(enum.IntEnum):
            LINEAR = 1


class Transport(Protocol):
    def notify(self, message: str, *, urgent: bool) -> None: ...


class Store(abc.ABC):
    @abc.abstractmethod
    def get(self, key):
        """Returns the value."""


class Legacy(metaclass=abc.ABCMeta):
    pass


class Color(enum.Enum):
    RED = 1


class Child(Manager):
    def __init__(self, impl, extra):
        super().__init__(impl)
        self.extra = extra


@deprecated("use Manager")
class OldManager:
    pass


class DocDeprecated:
    """DEPRECATED: use Manager."""


class WarnsOnInit:
    def __init__(self):
        warnings.warn("use Manager", DeprecationWarning)


@implementer(IManager)
class Implementation:
    pass
