# Install with: pip install baltic-security fastapi httpx2
"""A small read-only HTTP API over the records, with FastAPI.

Endpoints mirror the query helpers, with the same filters as query
parameters, and serialise records through ``bs.unstructure`` (the package's
one converter), so the JSON is exactly what a dataset file holds:

- ``GET /commitments?by=Estonia&domain=undersea&min_confidence=B2``
- ``GET /exercises?participant=Germany&year=2025``
- ``GET /deployments?host=Lithuania&status=planned&active_on=2026``
- ``GET /records/{id}``: any record; 404 with "did you mean" suggestions.

An unknown party, vocabulary value or date in a filter is a 422 whose body
names the closest valid values. Records are immutable and the dataset is
read-only, so one dataset serves every request and every thread.

Run as a script, it starts no server: it writes the OpenAPI description to
``openapi.json`` in the given folder (default: the current one) and asks
the API a few questions in-process with FastAPI's ``TestClient``, which
needs ``httpx2`` (the install line above has it)::

    python examples/backend_fastapi.py [OUTDIR]

To serve it, add an ASGI server (``pip install uvicorn``) and run, from
this folder::

    uvicorn backend_fastapi:app
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

import baltic_security as bs

Json = dict[str, Any]


def _problem(exc: bs.BalticSecurityError) -> Json:
    suggestions = getattr(exc, "suggestions", ())
    return {"detail": str(exc), "did_you_mean": list(suggestions)}


def create_app(ds: bs.Dataset | None = None) -> FastAPI:
    """The API over ``ds`` (default: the bundled dataset)."""
    data = bs.dataset() if ds is None else ds
    app = FastAPI(
        title="Baltic security",
        version=data.version or "unversioned",
        description="Source-cited commitments, exercises and deployments; every record names the paragraph that states it.",
    )

    @app.exception_handler(bs.UnknownIdError)
    async def unknown_id(request: Request, exc: bs.UnknownIdError) -> JSONResponse:
        return JSONResponse(_problem(exc), status_code=404)

    @app.exception_handler(bs.BalticSecurityError)
    async def bad_filter(request: Request, exc: bs.BalticSecurityError) -> JSONResponse:
        # An unknown party, vocabulary value, date or source in a query parameter.
        return JSONResponse(_problem(exc), status_code=422)

    @app.get("/commitments", summary="Commitments, by date")
    def commitments(
        *,
        by: str | None = None,
        domain: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        text: str | None = None,
        min_confidence: str | None = None,
        collective: bool = False,
    ) -> list[Json]:
        found = data.commitments(
            by=by,
            domain=domain,
            kind=kind,
            status=status,
            since=since,
            until=until,
            source=source,
            text=text,
            min_confidence=min_confidence,
            collective=collective,
        )
        return [bs.unstructure(c) for c in found]

    @app.get("/exercises", summary="Exercises, by start date")
    def exercises(
        *,
        participant: str | None = None,
        domain: str | None = None,
        year: int | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        text: str | None = None,
        min_confidence: str | None = None,
    ) -> list[Json]:
        found = data.exercises(
            participant=participant,
            domain=domain,
            year=year,
            since=since,
            until=until,
            source=source,
            text=text,
            min_confidence=min_confidence,
        )
        return [bs.unstructure(e) for e in found]

    @app.get("/deployments", summary="Deployments, by start date")
    def deployments(
        *,
        host: str | None = None,
        contributor: str | None = None,
        domain: str | None = None,
        status: str | None = None,
        active_on: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        text: str | None = None,
        min_confidence: str | None = None,
    ) -> list[Json]:
        found = data.deployments(
            host=host,
            contributor=contributor,
            domain=domain,
            status=status,
            active_on=active_on,
            since=since,
            until=until,
            source=source,
            text=text,
            min_confidence=min_confidence,
        )
        return [bs.unstructure(d) for d in found]

    @app.get("/records/{record_id}", summary="Any record by id")
    def record(record_id: str) -> Json:
        found = data.get(record_id)
        return {"type": type(found).__name__, **bs.unstructure(found)}

    return app


app = create_app()


def main(argv: list[str]) -> int:
    from fastapi.testclient import TestClient  # noqa: PLC0415  # only the demo needs the test client (and httpx2)

    out = Path(argv[0]) if argv else Path()
    out.mkdir(parents=True, exist_ok=True)
    target = out / "openapi.json"
    target.write_text(json.dumps(app.openapi(), indent=2), encoding="utf-8")
    print(f"wrote {target}")

    client = TestClient(app)
    for url in (
        "/commitments?by=Estonia&domain=undersea",
        "/deployments?host=Lithuania&status=planned",
        "/exercises?year=2025",
        "/records/estonai",
        "/commitments?by=Estonai",
    ):
        response = client.get(url)
        body = response.json()
        shown = [item["id"] for item in body] if isinstance(body, list) else body
        print(f"GET {url} -> {response.status_code} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
