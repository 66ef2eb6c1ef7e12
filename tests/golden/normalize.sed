# Normalisation applied to both CPython's and minipy's output before they are
# compared: what legitimately differs between two runs or two interpreters.
#   0x7f3a2c1d5e10     -> 0xADDR  (addresses in reprs and hex(id(x)): 9+ hex digits)
#   140355628120320    -> ID      (decimal id(x): 13 to 16 digits, not part of
#                                  a longer number or a decimal fraction)
s/0x[0-9a-fA-F]\{9,\}/0xADDR/g
s/\(^\|[^0-9.]\)[0-9]\{13,16\}\([^0-9.eE]\|$\)/\1ID\2/g
s/\(^\|[^0-9.]\)[0-9]\{13,16\}\([^0-9.eE]\|$\)/\1ID\2/g
