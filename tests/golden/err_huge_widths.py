# Widths and precisions no machine can hold: CPython's allocation fails
# (MemoryError) or the size does not fit its C type (OverflowError); either
# way the program goes on.
cases = [
    "'x'.ljust(2**62)",
    "'x'.rjust(2**62)",
    "'x'.center(2**62, 'é')",
    "'x'.zfill(2**62)",
    "'%*d' % (2**62, 1)",
    "'%-*s' % (2**62, 'a')",
    "'%0*d' % (2**62, 1)",
    "b'%*d' % (2**62, 1)",
    "format(1, '>4611686018427387904')",
    "format('x', '^4611686018427387904')",
    "format(1.5, '4611686018427387904')",
    "'{:>{}}'.format(1, 2**62)",
    "f'{2.5:<{2**62}}'",
    "'\\t'.expandtabs(2**31)",
    "'\\t'.expandtabs(-2**31 - 1)",
    "'a\\tb'.expandtabs(2**20)[:3]",
]
for case in cases:
    try:
        result = eval(case)
        print(case, '->', len(result) if len(result) > 10 else repr(result))
    except (MemoryError, OverflowError) as e:
        print(case, '->', type(e).__name__, e)
