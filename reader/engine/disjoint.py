"""Union-find over hashable items, keeping each set's members: actors merge their mentions
with it, alignment gathers linked sentences into rows, exports rebuild rows from links."""
from __future__ import annotations

from typing import Hashable, Iterable


class DisjointSets:
    def __init__(self, items: Iterable[Hashable] = ()):
        self.parent: dict = {}
        self.members: dict = {}
        for x in items:
            self.add(x)

    def add(self, x: Hashable) -> None:
        if x not in self.parent:
            self.parent[x] = x
            self.members[x] = [x]

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        if x not in parent:
            self.add(x)
            return x
        while parent[x] != x:
            parent[x] = parent[parent[x]]    # path halving
            x = parent[x]
        return x

    def union(self, a: Hashable, b: Hashable) -> Hashable:
        """Join the sets of a and b; the root of a's set stays the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.members[ra] += self.members.pop(rb)
        return ra

    def together(self, a: Hashable, b: Hashable) -> list:
        """The members the union of a's and b's sets would have (to check before joining)."""
        ra, rb = self.find(a), self.find(b)
        return self.members[ra] if ra == rb else self.members[ra] + self.members[rb]

    def sets(self) -> list[list]:
        return list(self.members.values())
