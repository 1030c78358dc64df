"""The readiness lights in words (beside their symbol: never colour alone)."""

TEXTS: dict[str, tuple[str, str]] = {
    "light.green": ("grøn", "green"),
    "light.amber": ("gul", "amber"),
    "light.red": ("rød", "red"),
    "light.none": ("-", "-"),
}
