# An exception in a finally block replaces the one in flight, chaining to it.
def cleanup():
    try:
        raise ValueError("body failed")
    finally:
        print("cleaning up")
        None.close()


cleanup()
