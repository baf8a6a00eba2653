"""Sentences ``core/`` builds for a user, in English, that the UI can still translate (core has no Qt).

``Text(template, **params)`` is a ``str`` (the English sentence: everything that used plain strings keeps
working) that also remembers its template and parameters. The UI (``ui/common/i18n.translated``) looks the
template up in Qt's catalogue (context "core"), translates the parameters that are Texts themselves, and
formats. ``Plural("%n vertex(es)", n, "vertex", "vertices")`` is a counted noun: English from the two words
given, other languages from the catalogue's plural forms (Qt's ``%n``).

``scripts/i18n.py`` collects the literal first argument of every ``Text(...)`` and ``Plural(...)`` call.
A Text loses its template when it is concatenated or put in an f-string: build sentences from Texts.

``Number(english, pattern, (value, format, precision)...)`` is a number (or an area, a length...) inside
a sentence: the English as core writes it, and the values themselves, so that the UI writes them in the
user's locale ("0,9 km²") without ever reading the English back.

``Date(english, moment, with_year)`` is a date inside a sentence ("3 Dec"): the English as core writes it,
and the date itself, that the UI writes in the user's locale ("5 déc.").

``localized(text)`` is the sentence in the user's language once the UI has set its translator
(``set_translator``): ``str(error)`` of every OneAtlasError goes through it. ``english(error)`` is its
English, which the log keeps (core.log's filter writes every error argument of a log line that way).
"""

from functools import reduce

_TRANSLATOR = []


def set_translator(function) -> None:
    """The UI's ``Text -> str`` translation (None: English, as built)."""
    _TRANSLATOR.clear()
    if function is not None:
        _TRANSLATOR.append(function)


def localized(text) -> str:
    if _TRANSLATOR and isinstance(text, Text):
        return _TRANSLATOR[0](text)
    return str.__str__(text) if isinstance(text, str) else str(text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, known to extractors)
    """Marks a text for the catalogue where it is defined; the UI translates it where it is shown."""
    return text


class Text(str):
    template: str
    params: dict
    count = None  # a Plural's number

    def __new__(cls, template: str, **params):
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def map_params(self, function) -> "Text":
        """The same sentence with ``function`` applied to each plain-string parameter (redaction)."""
        params = {key: value.map_params(function) if isinstance(value, Text)
                  else function(value) if isinstance(value, str) and not isinstance(value, Number) else value
                  for key, value in self.params.items()}
        return Text(self.template, **params)

    def __reduce__(self):
        return (_rebuild, (type(self), self.template, self.params, str(self), self.count))


def sentences(first: Text, second: Text) -> Text:
    """Two sentences one after the other, each still translated on its own."""
    return Text("{first} {second}", first=first, second=second)


def all_sentences(texts) -> str:
    """``" ".join(texts)`` that keeps each sentence translatable ("" for none)."""
    texts = list(texts)
    return reduce(sentences, texts) if texts else ""


def order_ids(sales_order_id, quotation_id) -> str:
    """"sales order SO-1, quotation Q-2" (the ids an order has), each part translatable; "" for none."""
    parts = [Text("sales order {id}", id=str(sales_order_id)) if sales_order_id else None,
             Text("quotation {id}", id=str(quotation_id)) if quotation_id else None]
    parts = [part for part in parts if part is not None]
    if len(parts) == 2:
        return Text("{first}, {second}", first=parts[0], second=parts[1])
    return parts[0] if parts else ""


def english(value) -> str:
    """The English of a sentence or of an error (``str(error)`` is in the user's language once the UI set
    its translator): what the log shows, for support."""
    message = getattr(value, "message", None) if isinstance(value, BaseException) else None
    if isinstance(message, Text):
        return str.__str__(message)
    return str.__str__(value) if isinstance(value, str) else str(value)


class Plural(Text):
    def __new__(cls, template: str, count: int, singular: str, plural: str = ""):
        word = singular if count == 1 else (plural or singular + "s")
        text = str.__new__(cls, f"{_grouped(count)} {word}")
        text.template = template
        text.params = {}
        text.count = int(count)
        text.singular, text.plural = singular, plural
        return text

    def map_params(self, function) -> "Text":
        return self


class Number(str):
    """A number as core writes it in English ("0.9 km²"), with ``pattern`` ("{0} km²") and ``values``:
    (value, format, precision) tuples, format "d" (an integer, grouped), "f" (fixed decimals) or "g"
    (significant digits), as Qt's ``QLocale.toString`` takes them."""

    pattern: str
    values: tuple

    def __new__(cls, english: str, pattern: str, *values):
        number = super().__new__(cls, english)
        number.pattern = pattern
        number.values = tuple(values)
        return number

    def signed(self, sign: str) -> "Number":
        """The same number with a leading '+' or '-'."""
        return Number(sign + str.__str__(self), sign + self.pattern, *self.values)

    def __reduce__(self):
        return (Number, (str.__str__(self), self.pattern) + self.values)


class Date(str):
    """A day as core writes it in English ("3 Dec", "3 Dec 2025"), with the day itself (``moment``, a
    date or datetime) and whether the year is shown, for the UI to write it in the user's locale."""

    moment: object
    with_year: bool

    def __new__(cls, english: str, moment, with_year: bool = False):
        date = super().__new__(cls, english)
        date.moment = moment
        date.with_year = bool(with_year)
        return date

    def __reduce__(self):
        return (Date, (str.__str__(self), self.moment, self.with_year))


def _grouped(number: int) -> str:
    return f"{int(number):,}".replace(",", " ")


def _rebuild(kind, template, params, english, count):
    if kind is Plural:
        text = str.__new__(Plural, english)
        text.params, text.count = {}, count
    else:
        text = str.__new__(kind, english)
        text.params = params
    text.template = template
    return text
