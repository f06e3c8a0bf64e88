"""Streamlit's ``:material/<name>:`` icons and ``:emoji:`` short codes as Unicode text.

rerunqt ships no icon font, so a Material icon is shown as the nearest Unicode symbol
(a variant, ``edit_square``, as its stem's; an unknown one shows nothing rather than its
code). Emoji short codes are those of
Streamlit's Markdown: a common few here, the rest in emoji_names; a ``:word:`` Streamlit
does not know stays as written, as it does there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

_NAMED = MappingProxyType({
    "add": "+", "remove": "\u2212", "check": "\u2713", "close": "\u2715", "delete": "\U0001F5D1",
    "download": "\u2B07", "upload": "\u2B06", "search": "\U0001F50D", "refresh": "\u21BB",
    # Streamlit's download button and chat message e2e apps (looks_one: a boxed 1)
    "looks_one": "\u2460", "looks_two": "\u2461", "airline_seat_recline_extra": "\u263A",
    "photo_album": "\u25A3",
    "settings": "\u2699", "save": "\U0001F4BE", "send": "\u27A4", "play_arrow": "\u25B6",
    "stop": "\u25A0", "edit": "\u270E", "home": "\u2302", "favorite": "\u2665", "star": "\u2605",
    "info": "\u2139", "warning": "\u26A0", "arrow_forward": "\u2192", "arrow_back": "\u2190",
    "thumb_up": "\U0001F44D", "thumb_down": "\U0001F44E", "mail": "\u2709", "lock": "\U0001F512",
    "arrow_upward": "\u2191", "arrow_downward": "\u2193", "arrow_right": "\u25B8",
    "arrow_left": "\u25C2", "chevron_right": "\u203A", "chevron_left": "\u2039",
    "expand_more": "\u2304", "expand_less": "\u2303", "open_in_new": "\u2197", "done": "\u2713",
    "check_circle": "\u2714", "error": "\u2757", "cancel": "\u2716", "help": "?",
    "logout": "\u21E5", "login": "\u21E4", "person": "\U0001F464", "group": "\U0001F465",
    "account_circle": "\U0001F464", "person_add": "\U0001F464", "dashboard": "\u25A6",
    "bar_chart": "\U0001F4CA", "insights": "\U0001F4C8", "analytics": "\U0001F4CA",
    "show_chart": "\U0001F4C8", "trending_up": "\u2197", "trending_down": "\u2198",
    "pie_chart": "\u25D4", "table": "\u25A6", "table_chart": "\u25A6", "grid_view": "\u25A6",
    "list": "\u2630", "menu": "\u2630", "calendar_month": "\U0001F4C5", "schedule": "\u23F2",
    "timer": "\u23F1", "folder": "\U0001F4C1", "description": "\U0001F4C4", "article": "\U0001F4C4",
    "code": "</>", "bug_report": "\U0001F41B", "lightbulb": "\U0001F4A1", "rocket_launch": "\U0001F680",
    "notifications": "\U0001F514", "notification_important": "\U0001F514",
    "visibility": "\U0001F441", "language": "\U0001F310",
    "public": "\U0001F310", "cloud": "\u2601", "database": "\u26C1", "storage": "\u26C1",
    "smart_toy": "\U0001F916", "chat": "\U0001F4AC", "forum": "\U0001F4AC", "map": "\U0001F5FA",
    "place": "\U0001F4CD", "location_on": "\U0001F4CD", "image": "\U0001F5BC", "photo": "\U0001F5BC",
    "link": "\U0001F517", "content_copy": "\u2398", "share": "\u21AA", "print": "\u2399",
    "shopping_cart": "\U0001F6D2", "attach_money": "$", "payments": "\U0001F4B3", "euro": "\u20AC",
    "school": "\U0001F393", "work": "\U0001F4BC", "key": "\U0001F511", "security": "\U0001F6E1",
    "shield": "\U0001F6E1", "lock_open": "\U0001F513", "flag": "\u2691", "bookmark": "\U0001F516",
    "push_pin": "\U0001F4CC", "call": "\u260E", "phone": "\u260E", "celebration": "\U0001F389",
    "emoji_events": "\U0001F3C6", "speed": "\u23F2", "history": "\u21BA", "sync": "\u21C4",
    "autorenew": "\u21BB", "undo": "\u21B6", "redo": "\u21B7", "zoom_in": "\u2295",
    "filter_list": "\u2A52", "sort": "\u21C5", "tune": "\u2699", "build": "\U0001F527",
    "calculate": "\U0001F5A9", "science": "\U0001F52C", "eco": "\U0001F33F", "bolt": "\u26A1",
    "dark_mode": "\u263E", "light_mode": "\u2600", "sunny": "\u2600", "water_drop": "\U0001F4A7",
    "healing": "\u271A", "admin_panel_settings": "\u2699", "manage_accounts": "\U0001F464",
    "verified": "\u2714", "grade": "\u2605", "priority_high": "!", "report": "\u26A0",
    "upload_file": "\u2B06", "file_download": "\u2B07", "attach_file": "\U0001F4CE",
    "music_note": "\u266A", "movie": "\U0001F3AC", "pets": "\U0001F43E", "inbox": "\U0001F4E5",
    "edit_note": "\u270E", "draw": "\u270E", "palette": "\U0001F3A8", "fullscreen": "\u26F6",
    # the rest of the icons Streamlit 1.67's docstring examples use (st.button, st.pills...)
    "mood": "\u263A", "face": "\u263A", "sentiment_satisfied": "\u263A",
    "sentiment_very_satisfied": "\U0001F604", "sentiment_neutral": "\U0001F610",
    "sentiment_dissatisfied": "\u2639", "sentiment_sad": "\u2639", "zoom_out": "\u2296",
    "zoom_out_map": "\u2922", "arrows_outward": "\u2922", "restart_alt": "\u21BB",
    "keyboard_arrow_down": "\u2304", "keyboard_arrow_right": "\u203A",
    "keyboard_double_arrow_right": "\u00BB", "keyboard_double_arrow_left": "\u00AB",
    "more_vert": "\u22EE", "more_horiz": "\u22EF", "auto_awesome": "\u2728",
    "waving_hand": "\U0001F44B", "thermostat": "\U0001F321", "notes": "\u2630",
    "checklist": "\u2611", "check_box": "\u2611", "calendar_today": "\U0001F4C5",
    "today": "\U0001F4C5", "business": "\U0001F3E2", "rocket": "\U0001F680",
    "robot": "\U0001F916", "tag": "#", "numbers": "#", "percent": "%", "circle": "\u25CF",
    "contrast": "\u25D0", "devices": "\U0001F4BB", "data_object": "{}", "code_blocks": "</>",
    "audio_file": "\U0001F3B5", "video_file": "\U0001F39E", "area_chart": "\U0001F4C8",
    "monitoring": "\U0001F4C8", "query_stats": "\U0001F4C8", "access_time": "\U0001F552",
    "timelapse": "\u25D4", "air": "\U0001F4A8", "wb_sunny": "\u2600", "star_filled": "\u2605",
    "military_tech": "\U0001F396", "receipt_long": "\U0001F9FE", "inventory": "\U0001F4E6",
    "inventory_2": "\U0001F4E6", "license": "\U0001F4DC", "experiment": "\u2697",
    "currency_yen": "\u00A5", "keep": "\U0001F4CC", "search_activity": "\U0001F50D",
    "visibility_off": "\u2298", "translate": "\U0001F310",
    # to-do apps' add / delete / done icons (raphaelkach/TodoApp-test)
    "add_circle": "\u2295", "add_box": "\u229E", "remove_circle": "\u2296",
    "delete_forever": "\U0001F5D1", "delete_outline": "\U0001F5D1", "task_alt": "\u2714",
    # multipage apps' page icons (a role-based "Data Analytics AI" app's st.navigation)
    "space_dashboard": "\u25A6", "layers": "\u25A4", "neurology": "\U0001F9E0",
    "psychology": "\U0001F9E0", "dataset": "\u25A6", "folder_open": "\U0001F4C2",
    "assessment": "\U0001F4CA", "leaderboard": "\U0001F4CA", "account_balance": "\U0001F3DB",
    "storefront": "\U0001F3EA",
    # icons of Streamlit's own alert / toast / markdown examples (st_alert, st_toast...)
    "cabin": "\U0001F3E0", "running_with_errors": "\u26A0", "mood_heart": "\U0001F60D",
    "local_fire_department": "\U0001F525", "hourglass_empty": "\u231B",
    # page and button icons of community apps (a Streamlit-releases demo's st.navigation, the
    # docs' navigation examples, dashboards, games and media apps)
    "local_library": "\U0001F4DA", "handyman": "\U0001F6E0", "nutrition": "\U0001F34E",
    "explore": "\U0001F9ED", "filter_alt": "\u23F7",
    "savings": "\U0001F4B0", "feedback": "\U0001F5E8", "support_agent": "\U0001F3A7",
    "summarize": "\U0001F4DD", "apps": "\u229E", "widgets": "\u2756", "category": "\u25C8",
    "timeline": "\U0001F4C8", "cloud_upload": "\u2601", "photo_camera": "\U0001F4F7",
    "mic": "\U0001F3A4", "videocam": "\U0001F4F9", "terminal": ">_", "construction": "\U0001F6A7",
    "sports_esports": "\U0001F3AE", "casino": "\U0001F3B2", "menu_book": "\U0001F4D6",
    "quiz": "\u2753", "assignment": "\U0001F4CB", "event": "\U0001F4C5", "alarm": "\u23F0",
    "hub": "\u2B21", "travel_explore": "\U0001F30D", "store": "\U0001F3EA", "sell": "\U0001F3F7",
    "local_shipping": "\U0001F69A", "fitness_center": "\U0001F3CB", "restaurant": "\U0001F374",
    "medical_services": "\u2695", "health_and_safety": "\U0001F6E1", "thunderstorm": "\u26C8",
    "ac_unit": "\u2744",
    # common icons of community apps' pages, buttons and labels (they showed nothing)
    "pause": "\u23F8", "extension": "\U0001F9E9", "label": "\U0001F3F7",
    "receipt": "\U0001F9FE", "feed": "\U0001F4F0", "news_reader": "\U0001F4F0",
    "format_list_bulleted": "\u2630", "view_list": "\u2630", "pending": "\u22EF",
    "hourglass_top": "\u23F3", "history_edu": "\U0001F4DC", "robot_2": "\U0001F916",
    "biotech": "\U0001F52C", "functions": "\u03A3", "picture_as_pdf": "\U0001F4C4",
    "table_view": "\u25A6", "compare_arrows": "\u21C4", "swap_horiz": "\u21C6",
    "cached": "\u21BB", "note_add": "\U0001F4DD", "post_add": "\U0001F4DD",
    "draft": "\U0001F4C4", "record_voice_over": "\U0001F5E3", "volume_up": "\U0001F50A",
    "headphones": "\U0001F3A7", "mail_outline": "\u2709", "email": "\u2709",
    "chat_bubble": "\U0001F4AC", "question_answer": "\U0001F4AC",
    "person_outline": "\U0001F464", "people": "\U0001F465", "groups": "\U0001F465",
    "badge": "\U0001F4DB", "work_outline": "\U0001F4BC", "apartment": "\U0001F3E2",
    "flight": "\u2708", "directions_car": "\U0001F697", "home_work": "\U0001F3E0",
    "globe": "\U0001F310", "north_east": "\u2197", "south_west": "\u2199", "east": "\u2192",
    "west": "\u2190", "north": "\u2191", "south": "\u2193", "arrow_outward": "\u2197",
    "arrow_right_alt": "\u2192", "double_arrow": "\u00BB", "first_page": "\u23EE",
    "last_page": "\u23ED", "fast_forward": "\u23E9", "fast_rewind": "\u23EA",
    "skip_next": "\u23ED", "skip_previous": "\u23EE", "replay": "\u21BA",
    "cloud_download": "\u2601",
    # flashcard, survey, image, finance and ML demo apps' pages and buttons
    "style": "\u25A4", "filter": "\u25BD", "rate_review": "\U0001F4DD", "poll": "\U0001F4CA",
    "paid": "\U0001F4B2", "text_fields": "T", "model_training": "\u21BB", "brush": "\U0001F58C",
    "currency_exchange": "\U0001F4B1", "candlestick_chart": "\U0001F4C8", "donut_large": "\u25CE",
    "stacked_line_chart": "\U0001F4C8", "scatter_plot": "\u2234", "memory": "\u25A3",
    # the `streamlit hello` gallery's Animation demo page
    "animation": "\U0001F39E",
    # a recruiting app's buttons, a portfolio's pills and badges
    "hourglass": "\u231B", "account_tree": "\U0001F5C2", "more": "\u22EF",
    "more_time": "\u23F2", "work_history": "\U0001F4BC", "manage_search": "\U0001F50D",
})


class _Symbols(Mapping[str, str]):
    """The symbols by Material name; a name not listed takes the symbol of its stem, the
    name without its last ``_part`` (``edit_square`` -> edit's, ``settings_suggest`` ->
    settings'), as Material's variants of one picture are named: the nearest symbol."""

    def __getitem__(self, name: str) -> str:
        stem = name
        while stem not in _NAMED:
            if "_" not in stem:
                raise KeyError(name)
            stem = stem.rsplit("_", 1)[0]
        return _NAMED[stem]

    def __iter__(self) -> Iterator[str]:
        return iter(_NAMED)

    def __len__(self) -> int:
        return len(_NAMED)


MATERIAL_SYMBOLS: Mapping[str, str] = _Symbols()

EMOJI = MappingProxyType({  # the common few (the rest: emoji_names, read when first asked)
    "smile": "\U0001F604", "smiley": "\U0001F603", "grinning": "\U0001F600",
    "joy": "\U0001F602", "wink": "\U0001F609", "blush": "\U0001F60A",
    "heart_eyes": "\U0001F60D", "sunglasses": "\U0001F60E", "thinking": "\U0001F914",
    "cry": "\U0001F622", "sob": "\U0001F62D", "scream": "\U0001F631", "angry": "\U0001F620",
    "neutral_face": "\U0001F610", "slightly_smiling_face": "\U0001F642",
    "upside_down_face": "\U0001F643", "+1": "\U0001F44D", "-1": "\U0001F44E",
    "clap": "\U0001F44F", "wave": "\U0001F44B", "pray": "\U0001F64F", "muscle": "\U0001F4AA",
    "point_right": "\U0001F449", "point_left": "\U0001F448", "ok_hand": "\U0001F44C",
    "raised_hands": "\U0001F64C", "eyes": "\U0001F440", "brain": "\U0001F9E0",
    "heart": "\u2764\uFE0F", "broken_heart": "\U0001F494", "fire": "\U0001F525", "star": "\u2B50",
    "star2": "\U0001F31F", "sparkles": "\u2728", "zap": "\u26A1", "boom": "\U0001F4A5",
    "tada": "\U0001F389", "balloon": "\U0001F388", "confetti_ball": "\U0001F38A",
    "gift": "\U0001F381", "trophy": "\U0001F3C6", "rocket": "\U0001F680", "100": "\U0001F4AF",
    "white_check_mark": "\u2705", "heavy_check_mark": "\u2714\uFE0F", "x": "\u274C",
    "warning": "\u26A0\uFE0F", "no_entry": "\u26D4", "question": "\u2753", "exclamation": "\u2757",
    "information_source": "\u2139\uFE0F", "bulb": "\U0001F4A1", "mag": "\U0001F50D",
    "lock": "\U0001F512", "unlock": "\U0001F513", "key": "\U0001F511", "bell": "\U0001F514",
    "memo": "\U0001F4DD", "pencil2": "\u270F\uFE0F", "books": "\U0001F4DA",
    "clipboard": "\U0001F4CB", "calendar": "\U0001F4C6", "date": "\U0001F4C5",
    "chart_with_upwards_trend": "\U0001F4C8", "chart_with_downwards_trend": "\U0001F4C9",
    "bar_chart": "\U0001F4CA", "file_folder": "\U0001F4C1", "open_file_folder": "\U0001F4C2",
    "page_facing_up": "\U0001F4C4", "floppy_disk": "\U0001F4BE", "computer": "\U0001F4BB",
    "desktop_computer": "\U0001F5A5", "gear": "\u2699", "wrench": "\U0001F527",
    "hammer": "\U0001F528", "link": "\U0001F517", "email": "\u2709\uFE0F", "hourglass": "\u231B",
    "stopwatch": "\u23F1", "alarm_clock": "\u23F0", "moneybag": "\U0001F4B0",
    "dollar": "\U0001F4B5", "earth_americas": "\U0001F30E", "globe_with_meridians": "\U0001F310",
    "house": "\U0001F3E0", "airplane": "\u2708\uFE0F", "coffee": "\u2615", "pizza": "\U0001F355",
    "cake": "\U0001F370", "sunny": "\u2600\uFE0F", "cloud": "\u2601\uFE0F", "umbrella": "\u2614",
    "snowflake": "\u2744\uFE0F", "rainbow": "\U0001F308", "ocean": "\U0001F30A",
    "seedling": "\U0001F331", "deciduous_tree": "\U0001F333", "cat": "\U0001F431",
    "dog": "\U0001F436", "snake": "\U0001F40D", "bug": "\U0001F41B", "robot": "\U0001F916",
    "ghost": "\U0001F47B", "crown": "\U0001F451", "dart": "\U0001F3AF",
    "game_die": "\U0001F3B2", "art": "\U0001F3A8", "musical_note": "\U0001F3B5",
    "movie_camera": "\U0001F3A5", "camera": "\U0001F4F7", "speech_balloon": "\U0001F4AC",
    "thought_balloon": "\U0001F4AD", "arrow_right": "\u27A1\uFE0F", "arrow_left": "\u2B05\uFE0F",
    "arrow_up": "\u2B06\uFE0F", "arrow_down": "\u2B07\uFE0F", "red_circle": "\U0001F534",
    "large_blue_circle": "\U0001F535", "white_circle": "\u26AA", "black_circle": "\u26AB",
    "checkered_flag": "\U0001F3C1", "triangular_flag_on_post": "\U0001F6A9",
    "pushpin": "\U0001F4CC", "round_pushpin": "\U0001F4CD", "package": "\U0001F4E6",
    "inbox_tray": "\U0001F4E5", "outbox_tray": "\U0001F4E4", "recycle": "\u267B\uFE0F",
    "handshake": "\U0001F91D", "microscope": "\U0001F52C", "test_tube": "\U0001F9EA",
    "dna": "\U0001F9EC", "pill": "\U0001F48A", "hospital": "\U0001F3E5", "shield": "\U0001F6E1",
    "scroll": "\U0001F4DC", "newspaper": "\U0001F4F0",
})


def emoji_by_name(code: str) -> str | None:
    """The emoji of a short code Streamlit's Markdown knows that EMOJI does not
    (``traffic_light``), or None (shown as written, as in Streamlit). The full list is
    read on the first such code."""
    global _ALL_NAMES
    if _ALL_NAMES is None:
        from rerunqt.core.emoji_names import names

        _ALL_NAMES = names()
    return _ALL_NAMES.get(code)


_ALL_NAMES: dict[str, str] | None = None
