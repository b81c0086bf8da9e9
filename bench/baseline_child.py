"""Baseline for the start-up benchmark: import PySide6 and the SQLAlchemy ORM, open the same
file, run one query, paint an empty QMainWindow, print the time since process start."""

import sys
import time

T0 = time.perf_counter()

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

engine = create_engine(f"sqlite:///{sys.argv[1]}")
with Session(engine) as session:
    session.execute(text("SELECT count(*) FROM organizations")).scalar()

app = QApplication(sys.argv[:1])
window = QMainWindow()


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is window:
            print(f"painted {time.perf_counter() - T0:.4f}", flush=True)
            app.quit()
        return False


paint = FirstPaint()
app.installEventFilter(paint)
window.resize(1280, 800)
window.show()
app.exec()
