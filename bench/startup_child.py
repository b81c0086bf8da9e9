"""Child process for the start-up benchmark: start AgencyDesk exactly as the `agencydesk`
command does; print the time since process start when the main window first paints
("painted") and when the Organizations list first paints with rows ("rows"), then exit.

Usage: python bench/startup_child.py DB_PATH   (AGENCYDESK_HOME must point at a scratch folder)
"""

import sys
import time

T0 = time.perf_counter()


def main() -> None:
    from agencydesk import app as app_module
    from agencydesk.cli import main as cli_main

    original_start = app_module.AppController.start

    def start_and_time(self, database, *, show_welcome):
        from PySide6.QtCore import QEvent, QObject

        controller = self

        class FirstPaint(QObject):
            window_seen = False

            def eventFilter(self, obj, event):
                if event.type() != QEvent.Type.Paint or controller.window is None:
                    return False
                if obj is controller.window and not self.window_seen:
                    self.window_seen = True
                    print(f"painted {time.perf_counter() - T0:.4f}", flush=True)
                page = controller.window.actors_area.organizations
                if obj is page.view.viewport() and page.model.rowCount() > 0:
                    print(f"rows {time.perf_counter() - T0:.4f}", flush=True)
                    controller.app.quit()
                return False

        self._bench_filter = FirstPaint()
        self.app.installEventFilter(self._bench_filter)
        original_start(self, database, show_welcome=show_welcome)

    app_module.AppController.start = start_and_time
    sys.exit(cli_main(["--db", sys.argv[1]]))


main()
