# An uncaught exception of a user-defined class with several arguments and a __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field

    def __str__(self):
        return f"{self.field}: {self.args[1]}"


def validate(record):
    if "email" not in record:
        raise ValidationError("email", "is required")


validate({"email": "a@b"})
print("first record ok")
validate({})
