"""marsad: Arabic conflict news to a sourced, geocoded, dated event dataset."""
import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
