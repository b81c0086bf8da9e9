"""The PDF documents in the window: Export PDF… buttons, the preview, printing."""
