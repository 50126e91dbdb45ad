"""Getting every queued item to the portal exactly once, and the portal's answers back."""
