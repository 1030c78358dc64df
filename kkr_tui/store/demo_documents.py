"""The demo's meeting documents: a resumé, a case text of several paragraphs and a
numbered recommendation for every item, attachments (small PDFs made here) on
Sjælland's September and November meetings, and one closed item.

Called from store.demo.build_demo in the same transaction. The texts are fictional
but written as a KKR secretariat writes them, so the documents look like the real
thing.
"""

from __future__ import annotations

from pathlib import Path

from kkr_tui.domain.models import AgendaItem, Attachment, ItemKind, Meeting
from kkr_tui.store.attachments import store_file
from kkr_tui.store.transaction import Transaction

# title -> (resumé, case text, recommendation for a decision item)
TEXTS: dict[str, tuple[str, str, str]] = {
    "Regional udviklingsstrategi": (
        "Regionsrådet har sendt forslag til regional udviklingsstrategi i høring. KKR"
        " drøfter kommunernes fælles høringssvar.",
        "Regionen skal efter lov om erhvervsfremme udarbejde en regional udviklingsstrategi"
        " for valgperioden. Forslaget er sendt i offentlig høring med frist i oktober.\n\n"
        "Kommunaldirektørforum har drøftet forslaget og peger på tre forhold, som"
        " kommunerne bør fremhæve:\n"
        "- sammenhængen mellem strategien og kommunernes egne planer\n"
        "- den kollektive trafik i yderområderne\n"
        "- kvalificeret arbejdskraft og uddannelse tæt på borgerne\n\n"
        "Udkast til høringssvar er vedlagt. Sekretariatet indarbejder KKR's bemærkninger"
        " og sender svaret på vegne af kommunerne.",
        "1. at KKR godkender udkast til fælles høringssvar med de bemærkninger, der"
        " fremkommer på mødet\n2. at formandskabet bemyndiges til at godkende den endelige"
        " tekst",
    ),
    "Kapacitet på det specialiserede socialområde": (
        "Den årlige udviklingsstrategi for det specialiserede socialområde viser mangel på"
        " pladser til borgere med komplekse behov.",
        "Kommunerne og regionen indgår hvert år en rammeaftale om det specialiserede"
        " socialområde. Styringsaftalen fastlægger takster og kapacitet.\n\n"
        "Analysen viser venteliste til botilbud for voksne med svære psykiske lidelser og"
        " et faldende antal pladser på de sikrede institutioner. Forhandlingerne med"
        " driftsherrerne om takster for 2027 er ikke afsluttet.\n\n"
        "Punktet behandles for lukkede døre, fordi det indeholder oplysninger om igangværende"
        " forhandlinger.",
        "1. at KKR godkender rammeaftalens kapacitetsafsnit\n2. at KKR giver formandskabet"
        " mandat til at afslutte forhandlingerne om takster for 2027",
    ),
    "Sundhedsklynger: status": (
        "Orientering om arbejdet i sundhedsklyngerne og den nye sundhedsaftale.",
        "Sundhedsklyngerne har siden foråret arbejdet med fælles forløb for ældre"
        " medicinske patienter og borgere med kronisk sygdom.\n\n"
        "Klyngestyregrupperne rapporterer om gode erfaringer med fælles akutteams, men også"
        " om udfordringer med rekruttering af sygeplejersker.\n\n"
        "Sundhedskoordinationsudvalget følger arbejdet og forelægger en samlet status i"
        " foråret.",
        "",
    ),
    "Kollektiv trafik og mobilitetsplan": (
        "KKR drøfter kommunernes ønsker til trafikselskabets mobilitetsplan.",
        "Trafikselskabet udarbejder en ny mobilitetsplan, som skal danne grundlag for"
        " bestilling af regional og kommunal kørsel de kommende år.\n\n"
        "Spørgsmål til drøftelse:\n"
        "- Hvordan sikres sammenhæng mellem bus og tog i yderområderne?\n"
        "- Hvilken rolle skal flextrafik spille?\n\n"
        "Drøftelsen indgår i kommunernes fælles input til trafikselskabet.",
        "",
    ),
    "Praktikpladser og uddannelsesgaranti": (
        "Forslag til fælles indsats for flere praktikpladser i kommunerne.",
        "Kommunerne er blandt regionens største arbejdsgivere og har et ansvar for at"
        " stille praktikpladser til rådighed for erhvervsskoleelever.\n\n"
        "Forslaget indebærer, at hver kommune opgør sit potentiale og melder et mål for"
        " 2027 ind til KKR. Kommunaldirektørforum anbefaler forslaget.",
        "1. at KKR godkender den fælles indsats\n2. at kommunerne melder mål ind inden"
        " udgangen af året",
    ),
    "Klimatilpasning langs kysten": (
        "Drøftelse af fælles kystbeskyttelse på tværs af kommunegrænser.",
        "Stormfloder har vist behovet for at planlægge kystbeskyttelse på tværs af"
        " kommunerne langs samme kyststrækning.\n\n"
        "Kystdirektoratet har udpeget risikoområder, og flere kommuner arbejder allerede"
        " sammen om fælles projekter. KKR drøfter, om der skal etableres et fælles"
        " kystsamarbejde.",
        "",
    ),
    "Beskæftigelsesindsats for unge": (
        "Orientering om status for unge uden uddannelse og job i regionen.",
        "Antallet af unge på offentlig forsørgelse er faldet svagt det seneste år, men"
        " ligger fortsat over landsgennemsnittet i flere kommuner.\n\n"
        "Det regionale arbejdsmarkedsråd har sat fokus på overgangen fra grundskole til"
        " ungdomsuddannelse.",
        "",
    ),
}

RECOMMENDATION = {
    ItemKind.INFORMATION: "1. at KKR tager orienteringen til efterretning",
    ItemKind.DISCUSSION: "1. at KKR drøfter sagen og giver input til det videre arbejde",
}

# Attachments on Sjælland's meetings: (meeting day, item title) -> [(title, file name)].
ATTACHMENTS: dict[tuple[str, str], list[tuple[str, str]]] = {
    ("2026-09-11", "Regional udviklingsstrategi"): [
        ("Udkast til høringssvar", "hoeringssvar-udkast.pdf"),
        ("Forslag til regional udviklingsstrategi", "regional-udviklingsstrategi.pdf"),
    ],
    ("2026-09-11", "Kapacitet på det specialiserede socialområde"): [
        ("Kapacitetsanalyse 2027", "kapacitetsanalyse-2027.pdf"),
    ],
    ("2026-11-27", "Kollektiv trafik og mobilitetsplan"): [
        ("Trafikselskabets oplæg", "mobilitetsplan-oplaeg.pdf"),
    ],
}
# The demo's one closed item (lukket punkt): on Sjælland's September agenda.
CLOSED = ("2026-09-11", "Kapacitet på det specialiserede socialområde")


def add_documents(tx: Transaction, db_path: Path) -> None:
    """Give every demo item its content; attachments and the closed item on Sjælland."""
    meetings = {m.id: m for m in tx.all(Meeting)}
    files = _attachment_files(db_path)
    for item in tx.all(AgendaItem):
        meeting = meetings.get(item.meeting_id)
        texts = TEXTS.get(item.title)
        if meeting is None or texts is None:
            continue
        resume, case_text, recommendation = texts
        key = (meeting.day.isoformat(), item.title)
        on_sjaelland = meeting.council == "sjaelland"
        tx.update(
            item.with_changes(
                resume=resume,
                case_text=case_text,
                recommendation=recommendation or RECOMMENDATION.get(item.kind, ""),
                closed=on_sjaelland and key == CLOSED,
                attachments=tuple(files[name] for name in _names(key) if on_sjaelland),
            )
        )


def _names(key: tuple[str, str]) -> list[str]:
    return [name for _, name in ATTACHMENTS.get(key, [])]


def _attachment_files(db_path: Path) -> dict[str, Attachment]:
    """The demo's attachments, stored as any attachment is. The PDFs ship with the
    package (demo_bilag/, made once with fpdf2): making them at every `kkr --demo`
    would cost more than a second."""
    folder = Path(__file__).parent / "demo_bilag"
    return {
        name: store_file(db_path, folder / name, title)
        for entries in ATTACHMENTS.values()
        for title, name in entries
    }
