for case in ["'x'.ljust(2**62)", "'%*d' % (2**62, 1)", "'x'.zfill(2**40)", "'\t'.expandtabs(2**31)", "format(1, '>4611686018427387904')"]:
    try:
        eval(case)
    except (MemoryError, OverflowError):
        pass
