"""A row fetched by primary key with SQL compiled once per process.

For a hot path that loads one row per request (the user a bearer token names), compiling the ORM query costs
several times more than running it. `PkLookup(User).get(pk)` runs the statement `Model.objects.filter(pk=…)`
compiles to, applies the same database converters and builds the instance the same way the ORM does.
"""

from typing import Any, Generic, TypeVar

from django.db import connections, models, router

M = TypeVar("M", bound=models.Model)


class PkLookup(Generic[M]):
    def __init__(self, model: type[M]) -> None:
        self.model = model
        self._compiled: dict[str, tuple[str, Any, list[Any], list[str]]] = {}

    def _compile(self, alias: str) -> tuple[str, Any, list[Any], list[str]]:
        if alias not in self._compiled:
            # A sample value of the primary key's type; the statement takes the real one as its parameter.
            queryset = self.model._default_manager.using(alias).filter(pk=1).order_by()
            compiler = queryset.query.get_compiler(alias)
            sql, params = compiler.as_sql()
            if len(params) != 1:
                raise RuntimeError(f"unexpected lookup of {self.model.__name__}: {sql}")
            columns = [column for column, _, _ in compiler.select]
            converters = compiler.get_converters(columns)
            names = [column.target.attname for column in columns]
            self._compiled[alias] = (sql, compiler, converters, names)  # type: ignore[assignment]
        return self._compiled[alias]

    def get(self, pk: Any) -> M | None:
        """The row with this primary key, or None. `pk` must already be of the key's type."""
        alias = router.db_for_read(self.model)
        sql, compiler, converters, names = self._compile(alias)
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, [self.model._meta.pk.get_db_prep_value(pk, connections[alias])])  # type: ignore[union-attr]
            row = cursor.fetchone()
        if row is None:
            return None
        if converters:
            row = next(iter(compiler.apply_converters([row], converters)))
        return self.model.from_db(alias, names, row)
