"""A local SMTP server for the Mail tests (aiosmtpd): AUTH PLAIN/LOGIN as reports / s3cret-pass,
each message saved as N.eml with its envelope in N.env; FOLDER/ready once listening. Usage: smtp_server.py PORT FOLDER"""
import os
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, folder = int(sys.argv[1]), sys.argv[2]


class Handler:
    async def handle_DATA(self, server, session, envelope):
        number = len([name for name in os.listdir(folder) if name.endswith(".eml")])
        with open(os.path.join(folder, f"{number}.env"), "w") as env:
            env.write(f"{envelope.mail_from}\n{','.join(envelope.rcpt_tos)}\n")
        with open(os.path.join(folder, f"{number}.eml"), "wb") as message:
            message.write(envelope.original_content)
        return "250 OK"


def authenticate(server, session, envelope, mechanism, data):
    return AuthResult(success=isinstance(data, LoginPassword) and data.login == b"reports" and data.password == b"s3cret-pass")


controller = Controller(Handler(), hostname="127.0.0.1", port=port, authenticator=authenticate,
                        auth_require_tls=False, auth_required=True)
controller.start()
open(os.path.join(folder, "ready"), "w").close()
while True:
    time.sleep(3600)
