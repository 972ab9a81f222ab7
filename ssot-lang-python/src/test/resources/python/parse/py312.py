"""Python 3.12 syntax."""
type Point = tuple[float, float]
type Pairs[T] = list[tuple[T, T]]


class Box[T]:
    def get[U](self, key: U) -> T: ...


def first[T](items: list[T]) -> T:
    return items[0]


songs = ["a", "b"]
joined = f"Playlist: {", ".join(songs)}"
nested = f"{f"{f"{1 + 1}"}"}"
escaped = f"{'\n'.join(songs)}"
spread = f"{
    songs[0]
}"


def dispatch(command):
    match command:
        case {"action": action, **rest}:
            return action
        case [1, 2, *others]:
            return others
        case Point(x=0) | None:
            return None
        case str() as text if text:
            return text
        case _:
            return command


async def stream(source):
    async with source as items:
        async for item in items:
            yield item


def handle_groups():
    try:
        pass
    except* ValueError as group:
        return group


if (count := len(songs)) > 1:
    pass
