#!/usr/bin/env python3
"""Checks of schemac's diagrams that do not trust schemac:
  svg FILE TABLES EDGES   the SVG parses as XML and has a node for each table and an edge for each foreign key
  png FILE                a PNG: its signature and a header with a size
  mermaid FILE            every line is Mermaid erDiagram syntax (entities, attributes, relationships)
"""
import re
import struct
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def check_svg(path, tables, edges):
    root = ET.parse(path).getroot()
    groups = list(root.iter(SVG + "g"))
    nodes = [g.find(SVG + "title").text for g in groups if g.get("class") == "node"]
    edge_count = sum(1 for g in groups if g.get("class") == "edge")
    names = [t for t in tables.split(",") if t]
    missing = [t for t in names if t not in nodes]
    if missing:
        sys.exit(f"{path}: no node for {missing}")
    if len(nodes) != len(names):
        sys.exit(f"{path}: {len(nodes)} nodes, expected {len(names)}")
    if edge_count != int(edges):
        sys.exit(f"{path}: {edge_count} edges, expected {edges}")


def check_png(path):
    data = open(path, "rb").read()
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or data[12:16] != b"IHDR":
        sys.exit(f"{path}: not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    if width == 0 or height == 0:
        sys.exit(f"{path}: an empty image")


# Mermaid's erDiagram grammar (erDiagram.jison), as far as schemac writes it.
NAME = r'(?:"[^"]+"|[A-Za-z_][A-Za-z0-9_-]*)'
ATTRIBUTE = re.compile(r'^\s+[A-Za-z_][A-Za-z0-9_\-\[\]()]*\s+[A-Za-z_*][A-Za-z0-9_\-\[\]()]*(\s+(PK|FK|UK)(\s*,\s*(PK|FK|UK))*)?(\s+"[^"]*")?$')
RELATION = re.compile(r'^\s+' + NAME + r'\s+(\|o|\|\||\}o|\}\|)(--|\.\.)(o\||\|\||o\{|\|\{)\s+' + NAME + r'\s*:\s*(?:"[^"]*"|[A-Za-z0-9_]+)$')
ENTITY_OPEN = re.compile(r'^\s+' + NAME + r'\s*\{$')


def check_mermaid(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    if not lines or lines[0].strip() != "erDiagram":
        sys.exit(f"{path}: does not start with erDiagram")
    inside = False
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.strip().startswith("%%"):
            continue
        if inside:
            if line.strip() == "}":
                inside = False
            elif not ATTRIBUTE.match(line):
                sys.exit(f"{path}:{number}: not an attribute: {line}")
        elif ENTITY_OPEN.match(line):
            inside = True
        elif not RELATION.match(line):
            sys.exit(f"{path}:{number}: not erDiagram syntax: {line}")
    if inside:
        sys.exit(f"{path}: an entity block is not closed")


if __name__ == "__main__":
    kind, path, *rest = sys.argv[1:]
    {"svg": check_svg, "png": check_png, "mermaid": check_mermaid}[kind](path, *rest)
