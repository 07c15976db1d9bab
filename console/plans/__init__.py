"""Reception plans: the plans section, its dialogs and PDFs, plan reminders and the monthly reports."""
