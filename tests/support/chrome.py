"""Debian's headless chromium, driven by Selenium through Debian's chromedriver (no download at run time)."""
from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE, DESKTOP = (390, 844), (1280, 900)


def chrome(size=PHONE, lang: str = "zh-CN"):
    """A headless browser, or a failure in CI (a skip elsewhere) when chromium is not installed."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        message = "Debian's chromium and chromium-driver are needed (apt-get install chromium chromium-driver)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={size[0]},{size[1]}", f"--lang={lang}", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


def fits_width(driver) -> bool:
    """Nothing sticks out sideways: a phone never scrolls the page left and right."""
    return driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def fonts_of(driver, selector: str) -> list[str]:
    """The fonts Chromium really drew the element's text with (DevTools' platform fonts)."""
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {})["root"]["nodeId"]
    node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return [f["familyName"] for f in driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]]


def open_page(driver, url: str) -> str:
    """Go to url and return the page once its main part is there (the HTML, for words to look for)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.TAG_NAME, "main"))
    return driver.page_source


def clipped_buttons(driver) -> list[str]:
    """Buttons whose words do not fit inside them (cut off on a narrow screen)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('button')).filter(b => b.scrollWidth > b.clientWidth + 1)"
        ".map(b => b.textContent.trim())")
