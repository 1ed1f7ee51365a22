// Placeholder so the target builds; replaced by its issue's work.
