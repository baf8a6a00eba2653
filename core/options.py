"""Product options and their constraint language, resolved for a given choice of values.

The options call returns, per option: ``mandatory`` ("true", "false" or "constraint"), a ``defaultValue``,
a ``constraint.condition`` such as ``processing_level:(ortho|projected)`` that switches the option on, and
values that may carry their own condition (``8bits`` only with ``radiometric_processing:(display)``).
Per-AOI options carry the AOI id as suffix (``projection_1``, ``dem_1``).

``ProductOptions.resolve(choice)`` says, for the user's choice, which options apply, which are required,
which values are allowed, which defaults fill the gaps, and what is wrong.
"""

import re
from dataclasses import dataclass, field

from . import errors
from .i18n import Text, all_sentences
from .parsing import as_bool, as_float, as_str, dicts, require_dict

_TERM = re.compile(r"([A-Za-z0-9_.]+)\s*:\s*(\([^)]*\)|[^\s()]+)")
_AOI_SUFFIX = re.compile(r"^(.*)_(\d+)$")


@dataclass(frozen=True)
class Condition:
    """A parsed condition: terms ``key:(a|b)`` joined by AND (default) or OR."""

    terms: tuple  # ((key, frozenset(values)), ...)
    any_of: bool = False
    text: str = ""

    @classmethod
    def parse(cls, text):
        if not text or not str(text).strip():
            return None
        text = str(text)
        terms = []
        for key, values in _TERM.findall(text):
            accepted = frozenset(value.strip() for value in values.strip("()").split("|") if value.strip())
            terms.append((key, accepted))
        if not terms:
            return None
        return cls(tuple(terms), any_of=bool(re.search(r"\bOR\b|\|\|", text)), text=text)

    def holds(self, values):
        results = (str(values.get(key)) in accepted for key, accepted in self.terms)
        return any(results) if self.any_of else all(results)

    @property
    def keys(self):
        return {key for key, _ in self.terms}


def _condition_of(data):
    constraint = data.get("constraint")
    if isinstance(constraint, dict):
        return Condition.parse(constraint.get("condition"))
    if isinstance(constraint, str):
        return Condition.parse(constraint)
    return None


@dataclass(frozen=True)
class OptionValue:
    id: str
    label: str
    condition: Condition = None


@dataclass
class OptionSpec:
    name: str  # as the API spells it, AOI suffix included (projection_1)
    label: str
    mandatory: str  # "true", "false" or "constraint"
    default: str = None
    condition: Condition = None
    values: list = field(default_factory=list)
    type: str = "list"
    value_range: tuple = None
    hidden: bool = False
    category: str = ""

    @property
    def base_name(self):
        """The name without its AOI suffix: projection_1 -> projection."""
        match = _AOI_SUFFIX.match(self.name)
        return match.group(1) if match else self.name

    @property
    def aoi_id(self):
        match = _AOI_SUFFIX.match(self.name)
        return int(match.group(2)) if match else None

    @classmethod
    def from_json(cls, data):
        data = require_dict(data, Text("a product option"))
        values = []
        for item in data.get("values") or []:
            item = item if isinstance(item, dict) else {"id": item}
            identifier = as_str(item.get("id"))
            if identifier:
                values.append(
                    OptionValue(identifier, as_str(item.get("label")) or identifier, _condition_of(item))
                )
        mandatory = as_str(data.get("mandatory"), "false").strip().lower()
        if mandatory not in ("true", "false", "constraint"):
            mandatory = "true" if as_bool(data.get("mandatory")) else "false"
        value_range = data.get("range")
        if isinstance(value_range, list) and len(value_range) == 2:
            value_range = (as_float(value_range[0]), as_float(value_range[1]))
        else:
            value_range = None
        default = data.get("defaultValue")
        return cls(
            name=as_str(data.get("name")),
            label=as_str(data.get("label")) or as_str(data.get("name")),
            mandatory=mandatory,
            default=None if default in (None, "") else as_str(default),
            condition=_condition_of(data),
            values=values,
            type=as_str(data.get("type"), "list").lower(),
            value_range=value_range,
            hidden=as_bool(data.get("hidden")),
            category=as_str(data.get("category")),
        )

    def applies(self, values):
        return self.condition is None or self.condition.holds(values)

    def is_required(self, values):
        if self.mandatory == "true":
            return self.applies(values)
        # "constraint": required exactly when the condition holds; without a condition, required.
        return self.mandatory == "constraint" and self.applies(values)

    def allowed_values(self, values):
        return [value.id for value in self.values if value.condition is None or value.condition.holds(values)]

    def check(self, value, values):
        """None if ``value`` is acceptable, else a sentence saying why not."""
        if self.type in ("double", "float", "integer", "int", "number"):
            number = as_float(value)
            if number is None:
                return Text("{label}: '{value}' is not a number.", label=self.label, value=str(value))
            if self.value_range and not (self.value_range[0] <= number <= self.value_range[1]):
                return Text(
                    "{label}: {value} is outside {low} to {high}.", label=self.label, value=str(value),
                    low=f"{self.value_range[0]:g}", high=f"{self.value_range[1]:g}",
                )
            return None
        if self.values and str(value) not in self.allowed_values(values):
            allowed = ", ".join(self.allowed_values(values)) or Text("none with the other choices")
            return Text(
                "{label}: '{value}' is not allowed here (allowed: {allowed}).",
                label=self.label, value=str(value), allowed=allowed,
            )
        return None


@dataclass
class ResolvedOptions:
    values: dict  # option name -> value to send (choices and defaults of the options that apply)
    required: list  # names of options that must have a value
    allowed: dict  # name -> allowed value ids for the current choice ([] = free value)
    defaults: dict  # name -> default filled in because the user chose nothing
    not_applicable: list  # names of options switched off by the current choice
    problems: list  # sentences; empty when the choice can be ordered

    @property
    def is_complete(self):
        return not self.problems

    def raise_for_problems(self):
        if self.problems:
            raise errors.ValidationError(
                Text("The product options are not complete: {problems}",
                     problems=all_sentences(self.problems)),
                field="optionsPerProductType",
            )

    def as_key_values(self):
        """The ``options`` list of an order's ``optionsPerProductType`` entry."""
        return [{"key": key, "value": value} for key, value in self.values.items()]


@dataclass
class ProductOptions:
    product_type_id: str
    options: list  # OptionSpec
    raw: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, body, product_type_id):
        body = require_dict(body, Text("the product options"))
        specs = [
            OptionSpec.from_json(item) for item in dicts(body.get("availableOptions") or body.get("options"))
        ]
        return cls(product_type_id, [spec for spec in specs if spec.name], raw=body)

    def option(self, name):
        for spec in self.options:
            if spec.name == name:
                return spec
        return None

    def resolve(self, choice=None):
        """Apply the constraint language to the user's ``choice`` (name -> value; a name without its AOI
        suffix, e.g. ``projection``, is accepted for the single-AOI case)."""
        choice = {str(key): as_str(value) for key, value in (choice or {}).items() if value not in (None, "")}
        for spec in self.options:  # projection -> projection_1
            if spec.name not in choice and spec.base_name in choice and spec.base_name != spec.name:
                choice[spec.name] = choice.pop(spec.base_name)
        values = {}
        # Conditions depend on other options' values (themselves possibly defaulted): iterate to a fixpoint.
        for _ in range(len(self.options) + 2):
            new_values = {}
            for spec in self.options:
                if not spec.applies(values):
                    continue
                if spec.name in choice:
                    new_values[spec.name] = choice[spec.name]
                elif spec.default is not None and spec.check(spec.default, values) is None:
                    new_values[spec.name] = spec.default
                elif spec.is_required(values) and len(spec.allowed_values(values)) == 1:
                    new_values[spec.name] = spec.allowed_values(values)[0]
            if new_values == values:
                break
            values = new_values
        problems, required, allowed, defaults, not_applicable = [], [], {}, {}, []
        known = {spec.name for spec in self.options}
        for name in choice:
            if name not in known:
                problems.append(
                    Text("'{name}' is not an option of {product}.", name=name, product=self.product_type_id)
                )
        for spec in self.options:
            if not spec.applies(values):
                not_applicable.append(spec.name)
                continue
            allowed[spec.name] = spec.allowed_values(values)
            if spec.is_required(values):
                required.append(spec.name)
            if spec.name in values:
                problem = spec.check(values[spec.name], values)
                if problem:
                    problems.append(problem)
                if spec.name not in choice:
                    defaults[spec.name] = values[spec.name]
            elif spec.is_required(values):
                problems.append(Text("{label} must be chosen.", label=spec.label))
        return ResolvedOptions(values, required, allowed, defaults, not_applicable, problems)
