"""An SVG chart of the scale figures against data size: page latency, start, heap and RSS."""
import math

W, H, PAD = 300, 220, 46
COLORS = {"after": "#1f77b4", "before": "#d62728"}


def _panel(x0, title, unit, series, sizes):
    """series: [(label, colour, dash, {size: value})]; log x over sizes, linear y from 0."""
    top = max([v for _, _, _, pts in series for v in pts.values() if v is not None] + [1e-9]) * 1.1
    lx = [math.log10(s) for s in sizes]
    xmin, xmax = min(lx), max(lx)

    def px(size):
        return x0 + PAD + (math.log10(size) - xmin) / ((xmax - xmin) or 1) * (W - PAD - 14)

    def py(v):
        return H - PAD + 10 - v / top * (H - PAD - 20)

    out = [f'<text x="{x0 + W / 2}" y="16" text-anchor="middle" font-weight="bold">{title}</text>',
           f'<line x1="{x0 + PAD}" y1="{py(0)}" x2="{x0 + W - 14}" y2="{py(0)}" stroke="#444"/>',
           f'<line x1="{x0 + PAD}" y1="{py(0)}" x2="{x0 + PAD}" y2="{py(top)}" stroke="#444"/>']
    for i in range(5):
        v = top / 1.1 * i / 4
        out.append(f'<text x="{x0 + PAD - 4}" y="{py(v) + 4}" text-anchor="end" font-size="10">{v:,.0f}</text>')
        out.append(f'<line x1="{x0 + PAD}" y1="{py(v)}" x2="{x0 + W - 14}" y2="{py(v)}" stroke="#eee"/>')
    for s in sizes:
        out.append(f'<text x="{px(s)}" y="{H - PAD + 24}" text-anchor="middle" font-size="10">{s:,}</text>')
    out.append(f'<text x="{x0 + W / 2}" y="{H - 6}" text-anchor="middle" font-size="10">orders (log scale) · {unit}</text>')
    for label, colour, dash, pts in series:
        coords = [(px(s), py(pts[s])) for s in sizes if pts.get(s) is not None]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2" '
                   f'stroke-dasharray="{dash}"/>')
        for x, y in coords:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"/>')
    return out


def svg(after, before=None):
    """after/before: {size: {metric: median}}."""
    sizes = sorted(after)
    runs = [("after", after)] + ([("before", before)] if before else [])

    def pick(metric, run):
        return {s: run[1].get(s, {}).get(metric) for s in sizes}

    panels = [
        ("Filtered page p50", "ms", [(n, COLORS[n], "", pick("page_p50_ms", (n, r))) for n, r in runs]),
        ("Start to first 200", "s", [(n, COLORS[n], "", pick("start_s", (n, r))) for n, r in runs]),
        ("Memory", "MB (solid heap after GC, dashed RSS)",
         [(n, COLORS[n], "", pick("heap_mb", (n, r))) for n, r in runs]
         + [(n, COLORS[n], "5,3", pick("rss_mb", (n, r))) for n, r in runs]),
    ]
    body = []
    for i, (title, unit, series) in enumerate(panels):
        body += _panel(i * W, title, unit, series, sizes)
    legend = [f'<text x="{10 + 120 * i}" y="{H + 18}" fill="{COLORS[n]}" font-weight="bold">'
              f'■ {"this build" if n == "after" else "baseline"}</text>' for i, (n, _) in enumerate(runs)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{3 * W}" height="{H + 28}" '
            f'font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>'
            + "".join(body + legend) + "</svg>\n")
