"""The Lucene-like q expressions of /api/v2/orders/search and /api/v1/coverages/search.

Grammar: expr := term (OR term)* ; term := factor (AND? factor)* ; factor := '(' expr ')' | NOT factor |
field:value.  Values may be quoted and may contain * wildcards; matching is case-sensitive.
"""

import re
from fnmatch import fnmatchcase

from .errors import bad_request

TOKEN = re.compile(r'\s*(\(|\)|"(?:[^"\\]|\\.)*"|[^\s()]+)')


def tokenize(text):
    tokens, position = [], 0
    text = text or ""
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match:
            break
        tokens.append(match.group(1))
        position = match.end()
    return tokens


def compile_query(text, fields):
    """Return predicate(record_dict) for q; `fields` maps q field names to record keys."""
    tokens = tokenize(text)
    if not tokens:
        return lambda record: True
    position = 0

    def peek():
        return tokens[position] if position < len(tokens) else None

    def take():
        nonlocal position
        position += 1
        return tokens[position - 1]

    def expression():
        tests = [term()]
        while peek() == "OR":
            take()
            tests.append(term())
        return lambda record: any(test(record) for test in tests)

    def term():
        tests = [factor()]
        while peek() not in (None, ")", "OR"):
            if peek() == "AND":
                take()
            tests.append(factor())
        return lambda record: all(test(record) for test in tests)

    def factor():
        token = take() if peek() is not None else None
        if token == "(":
            inner = expression()
            if peek() != ")":
                raise bad_request("Unbalanced parentheses in q.", field="criteria.q", error_code="E1004")
            take()
            return inner
        if token == "NOT":
            inner = factor()
            return lambda record: not inner(record)
        if token is None or ":" not in token:
            raise bad_request(
                f"Cannot parse q near {token!r}: expected field:value.",
                field="criteria.q",
                error_code="E1004",
            )
        name, _, value = token.partition(":")
        if name not in fields:
            raise bad_request(
                f"Unknown field '{name}' in q; known: {', '.join(sorted(fields))}.",
                field="criteria.q",
                error_code="E1004",
            )
        key, pattern = fields[name], value.strip('"')
        return lambda record: fnmatchcase(
            str(record.get(key) if record.get(key) is not None else ""), pattern
        )

    predicate = expression()
    if position != len(tokens):
        raise bad_request(
            f"Cannot parse q near {tokens[position]!r}.", field="criteria.q", error_code="E1004"
        )
    return predicate
