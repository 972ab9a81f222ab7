"""A service that runs AI agents and streams their progress to users over WebSockets."""
