"""Prints one received message as JSON for the scheduler tests: its headers, the text and HTML
bodies, and its parts; writes each attachment and inline image into FOLDER. Usage: mail_parts.py FILE.eml FOLDER"""
import email
import email.policy
import json
import os
import sys

path, folder = sys.argv[1], sys.argv[2]
with open(path, "rb") as handle:
    message = email.message_from_binary_file(handle, policy=email.policy.default)
parts = []
for part in message.walk():
    if part.is_multipart():
        continue
    entry = {"type": part.get_content_type(), "disposition": part.get_content_disposition(),
             "filename": part.get_filename(), "cid": (part.get("Content-ID") or "").strip("<>")}
    payload = part.get_payload(decode=True)
    if part.get_filename():
        target = os.path.join(folder, part.get_filename())
        with open(target, "wb") as out:
            out.write(payload)
        entry["path"] = target
        entry["size"] = len(payload)
    parts.append(entry)
text = message.get_body(preferencelist=("plain",))
html = message.get_body(preferencelist=("html",))
print(json.dumps({
    "subject": str(message["Subject"]), "to": str(message["To"]), "message_id": str(message["Message-ID"]).strip("<>"),
    "top": message.get_content_type(), "text": text.get_content() if text else None,
    "html": html.get_content() if html else None, "parts": parts}))
