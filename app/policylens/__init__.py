"""PolicyLens: read a privacy policy in a minute, offline, in any language."""

__version__ = "0.1.0"
APP_NAME = "PolicyLens"
APP_ID = "org.policylens.PolicyLens"
