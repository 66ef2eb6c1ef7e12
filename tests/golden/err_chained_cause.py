# raise ... from ...: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc


print(parse_port("8080"))
parse_port("http")
