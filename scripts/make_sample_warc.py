#!/usr/bin/env python3
"""Write samples/crawl.warc.gz: a tiny CC-NEWS-style WARC (one gzip member per
record: warcinfo + one HTTP response with a chunked, gzip-encoded HTML body) from
the project's own sample page text below. Re-run to regenerate; output is deterministic."""
import gzip, io, sys, uuid

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Flash floods cut highway in Chitral - Valley Times</title>
<meta name="application-name" content="Valley Times">
<meta property="article:published_time" content="2025-10-24">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather</a></nav>
<div id="content"><h1>Flash floods cut highway in Chitral</h1>
<p>Flash floods triggered by heavy rain washed away a section of the main highway in Chitral on Thursday, cutting off several valleys, the district administration said.</p>
<p>Rescue teams evacuated about 300 families from low-lying villages. Officials said two people were missing and a bridge near Drosh had been damaged.</p>
<p>The provincial disaster management authority said road access would be restored within three days if the weather held.</p></div>
<div class="newsletter">Subscribe to our newsletter for daily updates</div>
<footer>Copyright Valley Times</footer></body></html>
"""

def member(data: bytes) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data)
    return buf.getvalue()

def record(rtype, fields, block: bytes) -> bytes:
    head = [f"WARC/1.1", f"WARC-Type: {rtype}",
            f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, rtype + fields.get('WARC-Target-URI', ''))}>",
            "WARC-Date: 2025-10-24T11:00:00Z"]
    head += [f"{k}: {v}" for k, v in fields.items()]
    head.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"

body = gzip.compress(PAGE.encode(), mtime=0)
chunked = b""
for i in range(0, len(body), 400):
    part = body[i:i + 400]
    chunked += f"{len(part):x}\r\n".encode() + part + b"\r\n"
chunked += b"0\r\n\r\n"
http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n") + chunked
out = member(record("warcinfo", {"Content-Type": "application/warc-fields"}, b"software: khabar sample\r\n"))
out += member(record("response", {"WARC-Target-URI": "https://valleytimes.example.net/news/2025/10/24/chitral-floods",
                                   "Content-Type": "application/http; msgtype=response"}, http))
open(sys.argv[1] if len(sys.argv) > 1 else "samples/crawl.warc.gz", "wb").write(out)
