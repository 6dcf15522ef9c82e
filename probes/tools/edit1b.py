"""Round 16d: the share context for the nynorsk sale verbs and «vises offentlig» (rules with sentence scope need it)."""
import sys
sys.path.insert(0, "probes/tools")
from packedit import add_key
add_key("no", "contexts", "share", ["sel", "selje", "seljast", "selde", "(vises|visast|blir vist) offentlig*"])
