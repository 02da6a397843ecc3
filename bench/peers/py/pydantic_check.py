"""pydantic-settings peer of `make bench` (bench/README.md).

The playbook's rules as a BaseSettings model: typed fields and constraints
for what one variable states, a model_validator(mode="after") for the
conditional secrets and the launch posture. hide_input_in_errors keeps
values out of validation errors; findings are key names only.

    python pydantic_check.py ENVFILE          in-process timing (JSON lines)
    python pydantic_check.py --once ENVFILE   one check, the way a service
                                              starts (Settings(_env_file=...));
                                              exit 1 on findings
"""
from __future__ import annotations

import base64
import binascii
import os
import sys
from typing import Annotated, List, Literal, Optional

from pydantic import (AnyUrl, StringConstraints, UrlConstraints, ValidationError,
                      field_validator, model_validator)
from pydantic_settings import BaseSettings, SettingsConfigDict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import die, emit, load_env_file, time_calls  # noqa: E402

DB_URL = (r"(?i)^(postgres|postgresql|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|"
          r"mongodb|mongodb\+srv|redis|rediss)://[^\s/?#]+([/?#]\S*)?$")
NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Min32 = Annotated[str, StringConstraints(min_length=32)]


class LaunchSettings(BaseSettings):
    model_config = SettingsConfigDict(hide_input_in_errors=True, extra="ignore")

    ENVIRONMENT: Optional[str] = None
    LAUNCH_MODE: bool = False
    BILLING_ENABLED: bool = False
    ZERO_TRUST_ENABLED: bool = False
    SSO_ENABLED: bool = False
    SECURITY_HEADERS_ENABLED: bool = False
    DEMO_SEED_ENABLED: bool = False
    DEMO_DATA_ENABLED: bool = False
    BILLING_ENFORCEMENT: Optional[Literal["strict", "soft", "off"]] = None

    SECRET_KEY: Annotated[str, StringConstraints(min_length=32)]
    DATABASE_URL: Annotated[str, StringConstraints(pattern=DB_URL)]
    INTEGRATION_ENCRYPTION_KEY: NonBlank
    STRIPE_SECRET_KEY: Optional[Annotated[str, StringConstraints(
        pattern=r"^[rs]k_(live|test)_[A-Za-z0-9]{24,247}$")]] = None
    STRIPE_WEBHOOK_SECRET: Optional[Annotated[str, StringConstraints(
        pattern=r"^whsec_[A-Za-z0-9+/]{24,250}={0,2}$")]] = None
    ZERO_TRUST_API_KEY: Optional[Min32] = None
    SSO_CLIENT_ID: Optional[str] = None
    SSO_CLIENT_SECRET: Optional[Min32] = None
    SSO_ISSUER_URL: Optional[Annotated[AnyUrl, UrlConstraints(
        allowed_schemes=["https"], host_required=True)]] = None

    @field_validator("INTEGRATION_ENCRYPTION_KEY")
    @classmethod
    def key_32_bytes(cls, v: str) -> str:
        try:
            raw = bytes.fromhex(v) if len(v) == 64 else base64.b64decode(v, validate=True)
        except (ValueError, binascii.Error):
            raise ValueError("not base64 or hex") from None
        if len(raw) != 32:
            raise ValueError("not 32 bytes")
        return v

    @model_validator(mode="after")
    def playbook(self) -> "LaunchSettings":
        missing: List[str] = []
        for flag, keys in (("BILLING_ENABLED", ("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET")),
                           ("ZERO_TRUST_ENABLED", ("ZERO_TRUST_API_KEY",)),
                           ("SSO_ENABLED", ("SSO_CLIENT_ID", "SSO_CLIENT_SECRET", "SSO_ISSUER_URL"))):
            if getattr(self, flag):
                missing += [k for k in keys if not str(getattr(self, k) or "").strip()]
        bad: List[str] = []
        if self.ENVIRONMENT == "production" and not self.LAUNCH_MODE:
            bad.append("LAUNCH_MODE")
        if self.LAUNCH_MODE:
            if self.ENVIRONMENT != "production":
                bad.append("ENVIRONMENT")
            if not self.SECURITY_HEADERS_ENABLED:
                bad.append("SECURITY_HEADERS_ENABLED")
            if self.DEMO_SEED_ENABLED:
                bad.append("DEMO_SEED_ENABLED")
            if self.DEMO_DATA_ENABLED:
                bad.append("DEMO_DATA_ENABLED")
            if self.BILLING_ENFORCEMENT != "strict":
                bad.append("BILLING_ENFORCEMENT")
            if (self.STRIPE_SECRET_KEY or "")[1:8] == "k_test_":
                bad.append("STRIPE_SECRET_KEY")
        if self.SECRET_KEY == self.INTEGRATION_ENCRYPTION_KEY:
            bad.append("INTEGRATION_ENCRYPTION_KEY")
        if missing or bad:
            raise ValueError("missing: %s; violations: %s" % (" ".join(missing), " ".join(bad)))
        return self


def check(**kw: object) -> List[str]:
    """Key names of the findings (empty: ready)."""
    try:
        LaunchSettings(**kw)  # type: ignore[arg-type]
    except ValidationError as e:
        return [".".join(str(p) for p in err["loc"]) or "model" for err in e.errors()]
    return []


def main() -> int:
    if sys.argv[1] == "--once":
        found = check(_env_file=sys.argv[2])
        for k in found:
            print(k, file=sys.stderr)
        return 1 if found else 0
    env = load_env_file(sys.argv[1])
    # BaseSettings reads os.environ: make it exactly the benchmark environment.
    os.environ.clear()
    os.environ.update(env)
    if check():
        die("pydantic-settings: the benchmark environment does not pass")
    emit("check.inproc", "pydantic-settings (Python)", time_calls(check, 300, 11))
    return 0


if __name__ == "__main__":
    sys.exit(main())
