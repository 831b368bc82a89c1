"""Help text a person reads, the same under every typer version: `PATH...` rather than `{paths}...` or
`<list[str]>`, and each command's whole first sentence in the command list, never cut with "…".

Only click's public help API is used (`collect_usage_pieces`, `format_options`, `get_short_help_str`,
`HelpFormatter.section` and `write_dl`), which typer's own copy of click keeps.
"""

from __future__ import annotations

from typer.core import TyperCommand


class FactxCommand(TyperCommand):
    """A typer command whose arguments are shown by their metavar and whose short help is never cut."""

    def collect_usage_pieces(self, ctx) -> list[str]:
        """`[OPTIONS] PATH...`: arguments by their metavar."""
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_argument_name(p) for p in self.get_params(ctx) if p.param_type_name == "argument"]

    def format_options(self, ctx, formatter) -> None:
        """An Arguments section (metavar and help) and the Options section."""
        arguments = [
            (_argument_name(p), getattr(p, "help", None) or "")
            for p in self.get_params(ctx)
            if p.param_type_name == "argument"
        ]
        options = [
            record
            for p in self.get_params(ctx)
            if p.param_type_name == "option" and (record := p.get_help_record(ctx)) is not None
        ]
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def get_short_help_str(self, limit: int = 45) -> str:
        """The first paragraph of the help, whole (the command list wraps it)."""
        text = self.short_help or (self.help or "").strip().split("\n\n")[0]
        return " ".join(text.split())


def _argument_name(param) -> str:
    return param.metavar or f"{param.name.upper()}{'...' if param.nargs != 1 else ''}"
