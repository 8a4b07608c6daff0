"""Medians and spreads over rounds."""
import statistics


def values(rounds, *path):
    out = []
    for r in rounds:
        v = r
        for key in path:
            if not isinstance(v, dict) or key not in v:
                v = None
                break
            v = v[key]
        if v is not None:
            out.append(v)
    return out


def median(xs):
    return statistics.median(xs) if xs else None


def fmt(x, digits=0, unit=""):
    if x is None:
        return "–"
    if digits == 0:
        return f"{x:,.0f}{unit}"
    return f"{x:,.{digits}f}{unit}"


def cell(xs, digits=0, unit=""):
    """'median (min–max)' of the rounds, or '–'."""
    if not xs:
        return "–"
    if len(xs) == 1:
        return fmt(xs[0], digits, unit)
    return f"{fmt(median(xs), digits, unit)} ({fmt(min(xs), digits)}–{fmt(max(xs), digits)})"


def ratios(rounds, num_path, den_path):
    """Per-round ratios (both figures from the same round), so the machine's drift cancels."""
    out = []
    for r in rounds:
        a, b = values([r], *num_path), values([r], *den_path)
        if a and b and b[0]:
            out.append(a[0] / b[0])
    return out
