import asyncio


async def fetch():
    return 1, 2


async def pair():
    return None, *await fetch()


async def listed():
    return [*await fetch()]


async def product(a):
    return a * await fetch()[0]
