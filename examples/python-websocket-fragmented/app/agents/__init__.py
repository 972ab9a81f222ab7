"""The agents and the code that reports their progress to users."""
