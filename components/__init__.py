"""Arabic news about Libya → places, movements and a map an analyst can trust."""
