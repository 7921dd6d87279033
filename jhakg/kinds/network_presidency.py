"""Which agency chairs the JHA Agencies' Network in which year."""

from __future__ import annotations

from dataclasses import dataclass

from .. import ntriples as t
from ..namespaces import DEFAULT
from .base import ExchangeType, Record, Row, agency_key

NAME = "network_presidency"
TEMPLATE = "network_presidency"


@dataclass
class NetworkPresidency(Record):
    KIND = "network_presidency"
    agency: str  # IRI
    year: int


def node(record: NetworkPresidency) -> str:
    return DEFAULT.node("presidency", "network", f"{record.year}-{record.agency.rstrip('/').rsplit('/', 1)[-1]}")


def bindings(fact, m) -> dict:
    r, gaz = fact.record, m.gaz
    presidency = t.iri(node(r))
    network = gaz.jha_network
    net_label = gaz.label(network) if network else "the JHA Agencies' Network"
    return {"presidency": presidency, "agency": t.iri(r.agency), "network": t.iri(network) if network else None,
            "year": t.year(r.year), "label": t.literal(f"{gaz.notation(r.agency)} presidency of the {net_label}, {r.year}",
                                                       lang="en"),
            "source": m.source(fact.part), "_body": presidency, "_motivation": "describing"}


def describe(record: NetworkPresidency, gaz) -> str:
    return f"{gaz.notation(record.agency)} chairs the network in {record.year}"


def _from_rows(rows: list[Row]) -> list[tuple[str, dict]]:
    return [(row["file"], {"type": "network_presidency", "agency": row["agency"], "year": int(row["year"]),
                           "evidence": row.get("evidence")}) for row in rows]


EXCHANGE = [ExchangeType("network_presidency", "network_presidency", _from_rows,
                         lambda f: (agency_key(f.get("agency")), int(f.get("year"))), ("agency", "year"))]
