# An exception raised while handling another: "During handling of the above exception".
def read_config(settings):
    try:
        return settings["path"]
    except KeyError:
        return settings.get("fallback").strip()


read_config({"fallback": None})
