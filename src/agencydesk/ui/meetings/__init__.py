"""The Meetings area: an initiative's or agenda's sessions (list, page with tabs, form), their
attendance, agenda and minutes, and agreements."""
