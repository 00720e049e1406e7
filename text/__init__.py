"""Text utilities shared by the loaders, the graph and the API: Chinese numerals, print widths,
sentence ends."""
