"""Saved web pages read as a reader wants them: the outlet's clean name, the headline without the
site's name, the publication date and where it came from, the lead kept, lines that are not the
story left out, pages in scripts without spaces. Every page here is written for the test."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.engine.segment import segment
from reader.reading import ArticleError, read_article

STORY = [
    "The river Alder rose by more than two metres overnight, flooding the centre of Eastbridge "
    "and cutting the railway line to the north of the town.",
    "\u201cWe have never seen water this high,\u201d said Mary Lowe, who runs a bakery on the "
    "high street. Emergency services rescued forty people from their homes.",
    "The Environment Agency issued twelve severe flood warnings across the region on Friday "
    "morning and asked residents to stay away from the riverbanks.",
]
HEADLINE = "Floods hit the coast as rivers burst their banks"


def page(head: str = "", body: str = "", story: list[str] = STORY, h1: str = HEADLINE,
         before: str = "", after: str = "") -> str:
    """A saved news page: the given <head> lines, then an article with the headline, the
    story's paragraphs and whatever comes before or after them."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story)
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n{head}\n</head><body>\n"
            f"<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\n{body}\n"
            f"<article>{heading}\n{before}\n{paragraphs}\n{after}</article>\n"
            f"<footer><a href=\"/privacy\">Privacy</a></footer></body></html>")


def ld(**fields) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({"@context": "https://schema.org", **fields}) + "</script>")


def meta(prop: str, content: str) -> str:
    attribute = "property" if prop.startswith(("og:", "article:")) else "name"
    return f'<meta {attribute}="{prop}" content="{content}">'


def canonical(url: str) -> str:
    return f'<link rel="canonical" href="{url}">'


def read(tmp_path: Path, html: str | bytes, name: str = "story.html"):
    path = tmp_path / name
    path.write_bytes(html.encode("utf-8") if isinstance(html, str) else html)
    return read_article(path)


def body_of(article) -> str:
    """The text after the headline line."""
    return article.text[article.title_span[1]:] if article.title_span else article.text


# --- every page is read -------------------------------------------------------------------

CHINESE = [
    "一个约定，信守十五年，感人至深；一段真情，延续十五年，催人泪下。六月三日上午，话剧全省巡演活动来到张家口。",
    "这样的掌声、这样的感动，如今已经传遍河北大地。省委宣传部组织了话剧全省各市巡演活动，引起强烈反响。",
    "为充分发挥好话剧的宣传教育作用，省委宣传部专门下发通知，要求各市高度重视巡演工作。",
]


def test_a_chinese_page_without_spaces_is_read(tmp_path):
    html = page(head="<title>话剧河北各市巡演结束</title>", h1="话剧河北各市巡演结束", story=CHINESE)
    article = read(tmp_path, html)
    assert article.title == "话剧河北各市巡演结束"
    for paragraph in CHINESE:
        assert paragraph in article.text
    sentences = [s for s in segment(article) if s.role == "body"]
    assert len(sentences) >= len(CHINESE)


def test_a_page_of_only_chinese_navigation_is_still_refused(tmp_path):
    html = ("<html><head><title>首页</title></head><body><nav>首页 新闻</nav>"
            "<p>首页</p></body></html>")
    with pytest.raises(ArticleError, match="no article text found"):
        read(tmp_path, html)


@pytest.mark.parametrize("declared", [True, False])
def test_a_utf8_page_with_a_few_nul_bytes_is_read(tmp_path, declared):
    html = page(head=f"<title>{HEADLINE}</title>").encode("utf-8")
    html = html.replace(b"<nav>", b"<nav>\x00\x00") + b"\x00" * 3
    if not declared:
        html = html.replace(b'<meta charset="utf-8">', b"")
    article = read(tmp_path, html)
    assert article.title == HEADLINE and STORY[0] in article.text
    assert "\x00" not in article.text


def test_a_utf8_page_that_declares_an_old_charset_reads_as_utf8(tmp_path):
    story = [STORY[0] + " Zürich and Malmö sent pumps.", STORY[2]]
    html = page(story=story).replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert "Zürich and Malmö" in read(tmp_path, html.encode("utf-8")).text


def test_a_page_declared_gb2312_reads_as_browsers_read_it(tmp_path):
    story = [p.replace("。", "——。", 1) for p in CHINESE]           # a dash GB2312 lacks, GBK has
    html = page(head="<title>话剧河北各市巡演结束</title>", h1="话剧河北各市巡演结束", story=story)
    html = html.replace('charset="utf-8"', 'charset="gb2312"').encode("gbk")
    assert story[1] in read(tmp_path, html).text


def test_a_file_mostly_of_nul_bytes_is_still_binary(tmp_path):
    with pytest.raises(ArticleError, match="binary"):
        read(tmp_path, b"<html>" + b"\x00" * 400 + b"</html>")


def test_a_page_laid_out_in_a_table_reads_as_paragraphs(tmp_path):
    cells = "".join(f"<tr><td>{p}</td><td></td></tr>" for p in STORY)
    html = page(story=[], after=f"<table>{cells}</table>")
    article = read(tmp_path, html)
    assert body_of(article).split("\n\n")[1:] == STORY
    assert "|" not in article.text


def test_a_data_table_keeps_its_rows(tmp_path):
    table = ("<table><tr><th>Town</th><th>Homes</th></tr><tr><td>Eastbridge</td><td>40</td></tr>"
             "<tr><td>Westford</td><td>12</td></tr></table>")
    article = read(tmp_path, page(after=table))
    assert "Eastbridge | 40" in article.text and "---" not in article.text


# --- the outlet ---------------------------------------------------------------------------

def outlet_of(tmp_path, head: str) -> str:
    return read(tmp_path, page(head=head)).outlet


def test_outlet_from_the_publisher_in_structured_data(tmp_path):
    head = (canonical("https://www.exampletimes.co.uk/news/floods")
            + ld(**{"@type": "NewsArticle", "headline": HEADLINE,
                    "publisher": {"@type": "Organization", "name": "The Example Times"}})
            + meta("twitter:site", "@ExampleTimes_UK"))
    assert outlet_of(tmp_path, head) == "The Example Times"


def test_outlet_site_name_loses_its_slogan(tmp_path):
    head = (canonical("https://wxyz.com/news/floods")
            + meta("og:site_name", "WXYZ 7News | Springfield News, Weather, Sports | Shelbyville"))
    assert outlet_of(tmp_path, head) == "WXYZ 7News"


def test_outlet_is_not_a_twitter_handle(tmp_path):
    head = canonical("https://www.handelsblatt.com/politik/x") + meta("twitter:site", "@Handelsblatt_De")
    assert outlet_of(tmp_path, head) == "Handelsblatt"


@pytest.mark.parametrize("handle, outlet", [("@Riverdaleherald_De", "Riverdaleherald"),
                                             ("@RiverdaleHerald7", "riverdaleherald.com")])
def test_a_twitter_handle_is_an_outlet_only_when_it_is_a_plain_name(tmp_path, handle, outlet):
    head = canonical("https://www.riverdaleherald.com/floods") + meta("twitter:site", handle)
    assert outlet_of(tmp_path, head) == outlet


def test_outlet_from_the_table_of_common_hosts(tmp_path):
    head = canonical("http://world.kbs.co.kr/service/news_view.htm?no=1")
    assert outlet_of(tmp_path, head) == "KBS"


def test_outlet_from_a_title_part_that_names_the_host(tmp_path):
    head = (canonical("https://www.riverdaleherald.com/2021/03/04/floods")
            + f"<title>{HEADLINE} | The Riverdale Herald</title>")
    assert outlet_of(tmp_path, head) == "The Riverdale Herald"


def test_outlet_falls_back_to_the_host_shown_as_a_host(tmp_path):
    head = canonical("https://news.unknown-gazette.org/2021/floods")
    assert outlet_of(tmp_path, head) == "news.unknown-gazette.org"


def test_outlet_is_not_a_url_nor_the_headline(tmp_path):
    head = (canonical("https://www.riverdaleherald.com/floods")
            + ld(**{"@type": "NewsArticle", "headline": HEADLINE,
                    "publisher": {"name": "https://www.facebook.com/riverdaleherald"}})
            + meta("og:site_name", HEADLINE))
    assert outlet_of(tmp_path, head) == "riverdaleherald.com"


def test_outlet_is_not_a_short_headline(tmp_path):
    short = "Eastbridge under water again"
    head = (canonical("https://www.riverdaleherald.com/floods") + f"<title>{short}</title>"
            + meta("og:site_name", short))
    assert read(tmp_path, page(head=head, h1=short)).outlet == "riverdaleherald.com"


def test_outlet_prefers_the_name_of_the_host_over_a_section_name(tmp_path):
    head = (canonical("https://www.diariodelsur.com.ar/politica/x")
            + meta("og:site_name", "Política")
            + f"<title>{HEADLINE} - Diario del Sur</title>")
    assert outlet_of(tmp_path, head) == "Diario del Sur"


def test_outlet_from_a_title_part_the_outlet_table_lists_when_the_page_has_no_address(tmp_path):
    assert outlet_of(tmp_path, f"<title>{HEADLINE} \u2013 Le Monde</title>") == "Le Monde"
    # a part no table lists is as likely a section or a slogan: no outlet rather than a guess
    assert outlet_of(tmp_path, f"<title>{HEADLINE} \u2013 Weekend Reads</title>") == ""


def test_outlet_of_a_page_saved_from_a_web_archive(tmp_path):
    head = ('<script>__wm.wombat("http://www.he.xinhuanet.com:80/news/2012-06/04/c_1.htm",'
            '"20120611024252");</script>')
    assert outlet_of(tmp_path, head) == "Xinhua"


# --- the headline -------------------------------------------------------------------------

def title_of(tmp_path, head: str, h1: str = HEADLINE) -> str:
    return read(tmp_path, page(head=head, h1=h1)).title


@pytest.mark.parametrize("title", [
    f"{HEADLINE} | The Riverdale Herald",
    f"{HEADLINE} | RH | 19.01.2020",
    f"The Riverdale Herald - {HEADLINE}",
    f"{HEADLINE} – Riverdale Herald | Local news, weather | Riverdale",
    f"{HEADLINE} - Weekend w RIVERDALEHERALD.COM",
])
def test_title_without_the_site_and_date(tmp_path, title):
    head = (canonical("https://www.riverdaleherald.com/floods") + f"<title>{title}</title>"
            + meta("og:title", title) + meta("og:site_name", "RH"))
    assert title_of(tmp_path, head, h1="") == HEADLINE


def test_a_shortened_social_headline_is_not_the_headline():
    from reader.reading.pagemeta import PageFacts
    from reader.reading.titles import choose_title
    tagline = f"{HEADLINE} | Weather | News and in-depth reporting from Riverdale and beyond | RH"
    facts = PageFacts(meta={"og:title": [f"{HEADLINE} | RH | 19.01.2020"],
                            "twitter:title": ["Floods hit the coast as rivers burst"]},
                      title_tag=tagline)
    assert choose_title(facts, tagline, "RH", "riverdaleherald") == HEADLINE


def test_a_headline_with_a_dash_keeps_it(tmp_path):
    title = "Storm Dora - Riverdale Herald readers count the cost"
    head = canonical("https://www.riverdaleherald.com/floods") + f"<title>{title}</title>"
    assert title_of(tmp_path, head, h1=title) == title


def test_a_placeholder_headline_in_structured_data_is_ignored(tmp_path):
    head = (f"<title>{HEADLINE} </title>"
            + ld(**{"@type": "NewsArticle", "headline": "escenic",
                    "publisher": {"name": "The Riverdale Herald"}}))
    assert title_of(tmp_path, head) == HEADLINE


def test_the_headline_is_not_repeated_as_the_first_sentence(tmp_path):
    html = page(head=f"<title>{HEADLINE} | The Riverdale Herald</title>"
                + canonical("https://www.riverdaleherald.com/floods"), h1="",
                before=f"<p>{HEADLINE} | The Riverdale Herald</p>")
    article = read(tmp_path, html)
    assert article.title == HEADLINE
    assert article.text.count(HEADLINE) == 1
    assert body_of(article).lstrip().startswith(STORY[0])


def test_a_kicker_above_the_repeated_headline_goes_with_it(tmp_path):
    html = page(head=meta("og:title", HEADLINE), h1="",
                before=f"<p>Storm Dora</p><p>4 March 2021</p><h2>{HEADLINE}</h2>")
    body = body_of(read(tmp_path, html))
    assert "Storm Dora" not in body and HEADLINE not in body
    assert body.lstrip().startswith("4 March 2021")


def test_a_kicker_glued_to_the_headline_is_not_a_sentence(tmp_path):
    html = page(head=meta("og:title", HEADLINE),
                h1=f"<span class=\"kicker\">Storm Dora</span><span>{HEADLINE}</span>")
    article = read(tmp_path, html)
    assert article.title == HEADLINE
    assert "Storm Dora" not in article.text
    assert article.text.count(HEADLINE) == 1


# --- the lead -----------------------------------------------------------------------------

LEAD = "Thousands of homes were evacuated on Thursday after three days of heavy rain, officials said."


def test_the_lead_in_the_article_markup_is_kept(tmp_path):
    html = page(head=meta("og:description", LEAD), before=f"<p class=\"teaser\">{LEAD}</p>")
    article = read(tmp_path, html)
    assert LEAD in article.text
    assert article.text.index(LEAD) < article.text.index(STORY[0])


def test_a_description_only_in_the_metadata_is_not_added(tmp_path):
    article = read(tmp_path, page(head=meta("og:description", LEAD)))
    assert LEAD not in article.text


def test_a_description_that_is_a_teaser_link_elsewhere_is_not_added(tmp_path):
    html = page(head=meta("og:description", LEAD),
                after=f"<aside class=\"related\"><p class=\"teaser\">{LEAD}</p></aside>")
    assert LEAD not in read(tmp_path, html).text


# --- lines that are not the story ---------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Subscribe now to our weekend edition and never miss a story.",
    "Read more: <a href=\"/a\">How the town prepared for the storm season</a>",
    "Lesen Sie auch: <a href=\"/b\">Hochwasser in Bayern</a>",
    "Our Standards: The Example Trust Principles.",
    "Reporting by Jane Roe; Editing by John Smith",
    "<a href=\"/a\">Storm Dora: what we know</a> | <a href=\"/b\">Rail lines closed in the north</a>",
    "Photo: Riverdale Herald / Jane Roe",
])
def test_boilerplate_lines_are_left_out(tmp_path, line):
    html = page(before=f"<p>{STORY[0]}</p>", after=f"<p>{line}</p><p>{STORY[2]} Again.</p>")
    text = read(tmp_path, html).text
    words = [w for w in line.replace("<", " <").split() if not w.startswith(("<", "href"))]
    assert " ".join(words[:3]) not in text
    assert STORY[1] in text


def test_pointer_lines_in_other_languages_are_left_out(tmp_path):
    pointers = ["Lea también: <a href='/a'>Impiden ingreso a reportero estadounidense</a>",
                "<strong>Lea:&nbsp;<a href='/b'>Consejo Permanente aborda confiscación</a></strong>",
                "Czytaj także: Sejm zagłosował za ustawą"]
    html = page(after="".join(f"<p>{p}</p>" for p in pointers) + f"<p>{STORY[0]} Again.</p>")
    text = read(tmp_path, html).text
    for gone in ("Impiden ingreso", "Consejo Permanente", "Sejm zagłosował"):
        assert gone not in text


def test_a_subheading_that_is_also_a_menu_link_is_kept(tmp_path):
    html = page(body='<ul class="menu"><li><a href="/rescue">The rescue</a></li></ul>',
                after=f"<h2>The rescue</h2><p>{STORY[2]} Again.</p>")
    assert "The rescue" in read(tmp_path, html).text


@pytest.mark.parametrize("sentence", [
    "Readers who subscribe to the newsletter of the flood agency receive warnings by text message, "
    "the agency said on Friday.",
    "More than forty people were rescued from their homes by the fire brigade overnight.",
])
def test_story_sentences_that_mention_such_words_are_kept(tmp_path, sentence):
    article = read(tmp_path, page(after=f"<p>{sentence}</p>"))
    assert sentence in article.text


# --- the date -----------------------------------------------------------------------------

def dated(tmp_path, head: str = "", after: str = "", url: str = "https://rh.example/floods"):
    return read(tmp_path, page(head=canonical(url) + head, after=after))


def test_date_published_from_structured_data_not_modified(tmp_path):
    head = ld(**{"@type": "NewsArticle", "headline": HEADLINE,
                 "datePublished": "2021-03-04T23:15:00-05:00",
                 "dateModified": "2021-03-09T10:00:00-05:00"})
    article = dated(tmp_path, head, after='<aside><time datetime="2021-03-10">10 March</time></aside>')
    assert article.date == "2021-03-04"
    assert "datePublished" in article.date_source and "structured data" in article.date_source


def test_date_of_the_article_not_of_a_related_story(tmp_path):
    head = ld(**{"@type": "ItemList", "itemListElement": [
        {"@type": "NewsArticle", "headline": "Another story", "datePublished": "2021-04-01"}]})
    head += ld(**{"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2021-03-04"})
    assert dated(tmp_path, head).date == "2021-03-04"


def test_date_of_the_article_at_the_page_address(tmp_path):
    url = "https://rh.example/news/floods-hit-the-coast"
    head = ld(**{"@type": "NewsArticle", "headline": "Storm warning", "datePublished": "2021-03-01",
                 "url": "https://rh.example/news/storm-warning"})
    head += ld(**{"@type": "NewsArticle", "headline": "Floods: the night the river rose",
                  "datePublished": "2021-03-04", "mainEntityOfPage": {"@id": url + "/"}})
    assert dated(tmp_path, head, url=url).date == "2021-03-04"


def test_date_from_the_published_time_meta_not_the_modified_one(tmp_path):
    head = (meta("article:modified_time", "2021-03-09T10:00:00Z")
            + meta("article:published_time", "2021-03-04T08:00:00Z"))
    article = dated(tmp_path, head)
    assert article.date == "2021-03-04"
    assert article.date_source == "the page's <meta> article:published_time"


def test_date_from_the_address(tmp_path):
    article = dated(tmp_path, url="https://rh.example/news/2021/03/04/floods-hit-the-coast")
    assert (article.date, article.date_source) == ("2021-03-04", "the page's address")


SIDEBAR = '<aside class="most-read"><time datetime="2021-03-11">11 March</time></aside>'
UPDATED = '<p class="meta">Updated <time datetime="2021-03-09">9 March</time></p>'


def test_date_shown_with_the_headline_not_the_update_nor_the_sidebar(tmp_path):
    shown = '<p class="meta"><time datetime="2021-03-04T09:00">4 March</time></p>'
    html = page(head=canonical("https://rh.example/floods"), before=UPDATED + shown, after=SIDEBAR)
    article = read(tmp_path, html)
    assert article.date == "2021-03-04"
    assert article.date_source == "the date shown with the headline"


@pytest.mark.parametrize("written", ["26 de abril de 2022", "26. April 2022, 14:05 Uhr",
                                     "April 26, 2022 7:43 p.m.", "2022年4月26日", "26.04.2022"])
def test_date_written_for_readers_under_the_headline(tmp_path, written):
    html = page(body='<div class="latest"><span>22 Apr, 2022</span></div>',
                before=f'<div class="meta"><span>Riverdale</span> <span>{written}</span></div>')
    assert read(tmp_path, html).date == "2022-04-26"


def test_date_from_a_time_element_of_the_article(tmp_path):
    event = "<p>The council meets on <time datetime='2021-04-01'>1 April</time>.</p>"
    published = '<p><time class="published" datetime="2021-03-04T09:00">4 March</time></p>'
    html = page(head=f"<title>{HEADLINE}</title>", h1="", before=UPDATED + event,
                after=SIDEBAR + published)
    article = read(tmp_path, html)
    assert article.date == "2021-03-04"
    assert article.date_source == "a <time> element in the article"


def test_date_at_the_end_of_the_title(tmp_path):
    head = meta("og:title", f"{HEADLINE} | RH | 19.01.2020")
    article = dated(tmp_path, head)
    assert (article.date, article.date_source) == ("2020-01-19", "the page's title")


def test_a_plain_text_date_line_is_named_as_such(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(f"{HEADLINE}\nMarch 4, 2021\n\n{STORY[0]}\n", encoding="utf-8")
    article = read_article(path)
    assert article.date == "March 4, 2021"
    assert article.date_source == "a date line under the headline"


# --- where the date came from, shown and kept ---------------------------------------------

def test_the_sources_tab_shows_where_the_date_came_from(window, comparison):
    from dataclasses import replace
    articles = tuple(replace(a, date_source="datePublished in the page's structured data")
                     if a.id == "alpha" else a for a in comparison.articles)
    window.session.articles.clear()
    window.session.set_comparison(replace(comparison, articles=articles))
    window.show_dock("sources")
    table = window.sources_tab.table
    assert "datePublished in the page's structured data" in table.item(0, 2).toolTip()
    assert "Date from" not in table.item(1, 2).toolTip()


def test_a_saved_comparison_keeps_where_the_date_came_from(tmp_path):
    from reader.document import Document, load, save
    article = read(tmp_path, page(head=meta("article:published_time", "2021-03-04T08:00:00Z")))
    path = tmp_path / "work.readercmp"
    save(Document(articles=(article,)), path)
    assert load(path).articles[0].date_source == "the page's <meta> article:published_time"
