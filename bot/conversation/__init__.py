"""Following up: replies to our published replies, their outcome, and the conversation log."""
