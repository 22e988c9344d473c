# Compiler and Qt strictness shared by every target of ours (not by the libraries we use).
function(newsroom_strict target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    # Strings are Unicode and explicit: no silent conversions from 8-bit data.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_UP_TO=0x060800)
endfunction()
