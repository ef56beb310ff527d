#include "report/words.hpp"

#include <atomic>
#include <map>
#include <stdexcept>

namespace mkba::report {

namespace {

const std::map<std::string, std::string>& dutch() {
  static const std::map<std::string, std::string> words{
      {"day", "dag"},
      {"days", "dagen"},
      {"week", "week"},
      {"weeks", "weken"},
      {"month", "maand"},
      {"months", "maanden"},
      {"year", "jaar"},
      {"years", "jaar"},
      {"Tariff table", "Tarieventabel"},
      {"prices of", "prijspeil"},
      {"Programme", "Programma"},
      {"Programme costs", "Kosten programma"},
      {"Item", "Post"},
      {"Payer", "Betaler"},
      {"Calculation", "Berekening"},
      {"Total", "Totaal"},
      {"Total avoided", "Totaal vermeden"},
      {"Total without the programme", "Totaal zonder het programma"},
      {"Total with the programme", "Totaal met het programma"},
      {"with the programme", "met het programma"},
      {"transfer from", "herverdeling van"},
      {"Kind of effect", "Soort effect"},
      {"Financial (public budgets)", "Financieel (overheidsbudgetten)"},
      {"Economic (earnings, productivity)", "Economisch (inkomen, productiviteit)"},
      {"Social (wellbeing, at a shadow price)", "Sociaal (welzijn, tegen een schaduwprijs)"},
      {"Transfers move {} between payers: they are in each payer's figures and in no total of "
       "all payers.",
       "Herverdelingen verschuiven {} tussen betalers: ze tellen mee in de cijfers van elke "
       "betaler en in geen totaal van alle betalers."},
      {"The net benefit is not split by kind: a median of the cases does not add up by kind.",
       "De netto baten zijn niet naar soort verdeeld: een mediaan van de casussen telt niet op "
       "per soort."},
      {"The kinds add up to the total net benefit: transfers between payers are of no kind and "
       "net to zero.",
       "De soorten tellen op tot de totale netto baten: herverdelingen tussen betalers zijn van "
       "geen soort en vallen tegen elkaar weg."},
      {"Avoided (without - with)", "Vermeden (zonder - met)"},
      {"With the programme the costs are {} higher than without it.",
       "Met het programma zijn de kosten {} hoger dan zonder."},
      {"The programme avoids {} of the costs without it.",
       "Het programma vermijdt {} van de kosten zonder het programma."},
      {"per year", "per jaar"},
      {"participant", "deelnemer"},
      {"participants", "deelnemers"},
      {"Participants", "Deelnemers"},
      {"cost per participant", "kosten per deelnemer"},
      {"Programme cost per participant", "Kosten programma per deelnemer"},
      {"Gross avoided", "Bruto vermeden"},
      {"Net avoided", "Netto vermeden"},
      {"Balance", "Saldo"},
      {"Balance (net avoided - cost)", "Saldo (netto vermeden - kosten)"},
      {"Benefit/cost (net avoided / cost)", "Baten/kosten (netto vermeden / kosten)"},
      {"Benefit/cost", "Baten/kosten"},
      {"Case", "Casus"},
      {"Cases", "Casussen"},
      {"Title", "Titel"},
      {"Mean of the cases", "Gemiddelde van de casussen"},
      {"Population", "Populatie"},
      {"Basis", "Grondslag"},
      {"Per participant", "Per deelnemer"},
      {"Benefit", "Baten"},
      {"Cost", "Kosten"},
      {"Net", "Netto"},
      {"mean", "gemiddelde"},
      {"median", "mediaan"},
      {"weights", "weging"},
      {"Who pays, who gains", "Wie betaalt, wie wint"},
      {"Pays", "Betaalt"},
      {"Avoids", "Vermijdt"},
      {"Transfer", "Overdracht"},
      {"Net after transfer", "Netto na overdracht"},
      {"Break-even", "Omslagpunt"},
      {"Avoided per participant", "Vermeden per deelnemer"},
      {"Exact", "Exact"},
      {"Needed", "Nodig"},
      {"Unit", "Eenheid"},
      {"Value per unit", "Waarde per eenheid"},
      {"Reach", "Bereik"},
      {"Outcomes", "Uitkomsten"},
      {"Not valued in money", "Niet in geld uitgedrukt"},
      {"Effects named but not valued (PM, pro memorie): they are not in any amount above.",
       "Effecten die benoemd maar niet gewaardeerd zijn (PM, pro memorie): ze zitten in geen "
       "enkel bedrag hierboven."},
      {"Assumptions of the analysis", "Aannames van de analyse"},
      {"Assumption", "Aanname"},
      {"Rests on it", "Wat erop rust"},
      {"Effect", "Effect"},
      {"Share", "Aandeel"},
      {"95% from", "95% van"},
      {"95% to", "95% tot"},
      {"Respondents", "Respondenten"},
      {"respondents", "respondenten"},
      {"mean of {}", "gemiddelde van {}"},
      {"Shares of respondents, not money: shown beside the amounts, never added to them. The "
       "interval is Wilson's 95% score interval (z = 1.96); a composite is the mean of its parts, "
       "its n their fewest respondents.",
       "Aandelen van respondenten, geen geld: getoond naast de bedragen, nooit erbij opgeteld. "
       "Het interval is het 95%-betrouwbaarheidsinterval van Wilson (z = 1,96); een samengestelde "
       "score is het gemiddelde van zijn onderdelen, met als n het kleinste aantal respondenten "
       "daarvan."},
      {"{}: only {} respondents (fewer than {}): the share is uncertain, read the interval.",
       "{}: slechts {} respondenten (minder dan {}): het aandeel is onzeker, lees het interval."},
      {"lower bound of the Wilson 95% interval of {}",
       "ondergrens van het Wilson-95%-interval van {}"},
      {"upper bound of the Wilson 95% interval of {}",
       "bovengrens van het Wilson-95%-interval van {}"},
      {"{} of {} respondents", "{} van {} respondenten"},
      {"Indicator", "Indicator"},
      {"Count", "Aantal"},
      {"Months", "Maanden"},
      {"Cost over the period", "Kosten over de periode"},
      {"Cost per unit", "Kosten per eenheid"},
      {"all participants like", "alle deelnemers als"},
      {"Population basis", "Populatiegrondslag"},
      {"Population figures are computed from exact values; rounded parts may differ by a cent "
       "from the rounded total.",
       "Populatiecijfers zijn berekend uit exacte waarden; afgeronde delen kunnen een cent "
       "afwijken van het afgeronde totaal."},
      {"Counts are rounded up: a fraction of a participant or an admission cannot be avoided.",
       "Aantallen zijn naar boven afgerond: een deel van een deelnemer of opname bestaat niet."},
      {"The total net benefit is negative: no transfer between payers can leave every payer "
       "without a loss.",
       "Het totale netto resultaat is negatief: geen overdracht tussen betalers kan elke betaler "
       "zonder verlies laten."},
      {"A payer with a loss receives it back; payers with a gain give in proportion to their "
       "gain.",
       "Een betaler met verlies krijgt dat terug; betalers met winst dragen bij naar rato van "
       "hun winst."},
      {"No case vignettes: there is nothing to scale to the population.",
       "Geen casussen: er valt niets naar de populatie op te schalen."},
      {"case", "casus"},
      {"cases", "casussen"},
      {"Only {} case: a population estimate that rests on so few vignettes is fragile.",
       "Slechts {} casus: een populatieschatting op zo weinig casussen is kwetsbaar."},
      {"Only {} cases: a population estimate that rests on so few vignettes is fragile.",
       "Slechts {} casussen: een populatieschatting op zo weinig casussen is kwetsbaar."},
      {"Note", "Opmerking"},
      {"Programme cost", "Programmakosten"},
      {"Tariffs", "Tarieven"},
      {"Price", "Prijs"},
      {"Source", "Bron"},
      {"Price year", "Prijspeil"},
      {"Payers", "Betalers"},
      {"Id", "Id"},
      {"Label", "Omschrijving"},
      {"no programme cost", "geen programmakosten"},
      // Time, price level and additionality.
      {"Benefit gross", "Baten bruto"},
      {"Benefit net", "Baten netto"},
      {"Net result", "Netto resultaat"},
      {"Factor", "Factor"},
      {"Warning", "Let op"},
      {"no deadweight or attribution applied; net figures equal gross.",
       "geen deadweight of attributie toegepast; netto cijfers zijn gelijk aan bruto."},
      {"Price level {}: prices converted with {} ({}).",
       "Prijspeil {}: prijzen omgerekend met {} ({})."},
      {"Over time", "In de tijd"},
      {"the first year the cumulative discounted net is above 0",
       "het eerste jaar waarin het cumulatieve contante netto resultaat boven 0 komt"},
      {"Horizon: {} years{}; discounting: {}.", "Horizon: {} jaar{}; disconteren: {}."},
      {"from", "vanaf"},
      {"year 1 discounted", "jaar 1 verdisconteerd"},
      {"year 1 undiscounted", "jaar 1 niet verdisconteerd"},
      {"Payback year", "Terugverdienjaar"},
      {"not within the horizon", "niet binnen de horizon"},
      {"Year", "Jaar"},
      {"Discount factor", "Disconteringsfactor"},
      {"Net discounted", "Netto contant"},
      {"Cumulative", "Cumulatief"},
      {"Benefit PV", "Baten contant"},
      {"Cost PV", "Kosten contant"},
      {"NPV", "NCW"},
      {"Undiscounted", "Niet verdisconteerd"},
      {"Discounted", "Verdisconteerd"},
      {"Net (NPV)", "Netto (NCW)"},
      {"ROI", "ROI"},
      {"Benefits are net of additionality. Discount factors carry 12 decimals; "
       "'mkba explain FILE npv' shows each year's factor.",
       "Baten zijn netto na additionaliteit. Disconteringsfactoren hebben 12 decimalen; "
       "'mkba explain FILE npv' toont de factor van elk jaar."},
      // Uncertainty.
      {"sensitivity", "gevoeligheid"},
      {"{} at base: EUR {}; each parameter at its low and high, the rest at base.",
       "{} in de basis: EUR {}; elke parameter op zijn lage en hoge waarde, de rest op de basis."},
      {"One-way sensitivity", "Eenzijdige gevoeligheid"},
      {"one-way sensitivity", "eenzijdige gevoeligheid"},
      {"Parameter", "Parameter"},
      {"Low", "Laag"},
      {"High", "Hoog"},
      {"at low", "bij laag"},
      {"at high", "bij hoog"},
      {"Swing", "Uitslag"},
      {"Switching value", "Omslagwaarde"},
      {"none in range", "niet binnen het bereik"},
      {"The file declares no uncertain parameters.", "Het bestand noemt geen onzekere parameters."},
      {"Switching value: where the figure reaches zero, with the other parameters at base.",
       "Omslagwaarde: waar het cijfer nul wordt, met de andere parameters op de basis."},
      {"Leave one case out", "Een casus weglaten"},
      {"Case left out", "Weggelaten casus"},
      {"Change", "Verschil"},
      {"A payer whose basis is the case left out falls back to the mean of the others.",
       "Een betaler met de weggelaten casus als grondslag valt terug op het gemiddelde van de "
       "andere."},
      {"Monte Carlo simulation", "Monte-Carlosimulatie"},
      {"{} draws, seed {}{}. These figures are estimates, computed in binary floating point; the "
       "base "
       "case stays exact.",
       "{} trekkingen, startwaarde {}{}. Deze cijfers zijn schattingen, berekend met binaire "
       "drijvende "
       "komma; "
       "het basisgeval blijft exact."},
      {", cases resampled", ", casussen opnieuw getrokken"},
      {"Estimates", "Schattingen"},
      {"Mean", "Gemiddelde"},
      {"SD", "SD"},
      {"P({} > 0) = {}; P(benefit/cost > 1) = {}", "P({} > 0) = {}; P(baten/kosten > 1) = {}"},
      {"draws", "trekkingen"},
      // The progress line of a long command.
      {"files", "bestanden"},
      {"parameters", "parameters"},
      {"{} left", "nog {}"},
      {"estimate", "schatting"},
      // Charts: axes, legends and the parameters in words.
      {"EUR million", "mln euro"},
      {"parameter at its low value", "parameter op zijn lage waarde"},
      {"parameter at its high value", "parameter op zijn hoge waarde"},
      {"figure zero at the switching value", "nul bij de omslagwaarde"},
      {"no tornado chart: the file declares no uncertain parameters, so no bar would be drawn; "
       "add an 'uncertainty' block to the file (README, \"Uncertainty\")",
       "geen tornadodiagram: het bestand noemt geen onzekere parameters, dus er zou geen balk "
       "getekend worden; voeg een blok 'uncertainty' aan het bestand toe (README, "
       "\"Uncertainty\")"},
      {"no histogram: no draw of the figure could be computed, so no bar would be drawn",
       "geen histogram: geen enkele trekking van het cijfer kon worden berekend, dus er zou geen "
       "balk getekend worden"},
      {"Draws per interval", "Trekkingen per interval"},
      {"P5 EUR {}, P50 (median) EUR {}, P95 EUR {}.",
       "P5 EUR {}, P50 (mediaan) EUR {}, P95 EUR {}."},
      {"{} of the draws lie above zero ({} > 0). Estimates in binary floating point.",
       "{} van de trekkingen ligt boven nul ({} > 0). Schattingen, berekend met binaire drijvende "
       "komma."},
      {"amount", "bedrag"},
      {"quantity", "aantal"},
      {"periods", "perioden"},
      {"Participants of the programme", "Deelnemers van het programma"},
      {"Participants in the population", "Deelnemers in de populatie"},
      {"Price level (year)", "Prijspeil (jaar)"},
      {"Basis: {}, weight of case {}", "Grondslag: {}, weging van casus {}"},
      {"Deadweight", "Deadweight"},
      {"Attribution", "Attributie"},
      {"Displacement", "Verdringing"},
      {"Probability", "Kans"},
      {"Discounting", "Disconteren"},
      {"Discount rate", "Disconteringsvoet"},
      {"Discounting of year 1", "Disconteren van jaar 1"},
      {"Horizon (years)", "Looptijd (jaren)"},
      // Scenarios and batches.
      {"Scenario", "Scenario"},
      {"Changed before computing", "Gewijzigd voor de berekening"},
      {"File", "Bestand"},
      {"Overrides", "Wijzigingen"},
      {"total", "totaal"},
      {"Net benefit", "Netto baten"},
      {"Break-even participants", "Omslagpunt deelnemers"},
      {"Summary", "Overzicht"},
      {"Programmes", "Programma's"},
      {"scenarios", "scenario's"},
      {"Scenarios", "Scenario's"},
      {"Headline figures", "Kerncijfers"},
      {"The file defines no scenarios.", "Het bestand noemt geen scenario's."},
      {"base", "basis"},
      // Reviewer outputs: check, explain, figures, report.
      {"million", "mln"},
      {"holds", "klopt"},
      {"DOES NOT HOLD", "KLOPT NIET"},
      {"Figure", "Cijfer"},
      {"Value", "Waarde"},
      {"Figures", "Cijfers"},
      {"Claimed", "Geclaimd"},
      {"Computed", "Berekend"},
      {"Rounded", "Afgerond"},
      {"Verdict", "Oordeel"},
      {"Claims", "Controle van claims"},
      {"Claims check", "Controle van claims"},
      {"{} of {} claims hold.", "{} van {} claims kloppen."},
      {"The file states no claims.", "Het bestand noemt geen claims."},
      {"{} is the sum of parts that were each rounded first: {} = {}. The exact total {} rounds to "
       "{}.",
       "{} is de som van delen die elk eerst zijn afgerond: {} = {}. Het exacte totaal {} rondt af "
       "op {}."},
      {"The source rounded {} up to {}, not to the nearest {}.",
       "De bron rondde {} naar boven af op {}, niet op de dichtstbijzijnde {}."},
      {"{} holds if the source rounded to {} rather than {}: {} rounds to {}.",
       "{} klopt als de bron afrondde op {} in plaats van {}: {} rondt af op {}."},
      {"{} is {} times the computed {}: a factor counted twice?",
       "{} is {} keer het berekende {}: een factor dubbel geteld?"},
      {"The computed {} is {} times the claimed {}: a factor missing?",
       "Het berekende {} is {} keer het geclaimde {}: ontbreekt er een factor?"},
      {"The computed {} rounds to {}, not {}.", "Het berekende {} rondt af op {}, niet op {}."},
      {"{} to {}", "{} tot {}"},
      {"holds (truncated)", "klopt (afgekapt)"},
      {"holds (rounded up)", "klopt (naar boven afgerond)"},
      {"The source truncated: {} rounded down to {} is {}.",
       "De bron kapte af: {} naar beneden afgerond op {} is {}."},
      {"The source rounded up: {} rounded up to {} is {}.",
       "De bron rondde naar boven af: {} naar boven afgerond op {} is {}."},
      {"{0} holds if the source rounded to the nearest {1}: {2} rounds to {0}.",
       "{0} klopt als de bron afrondde op de dichtstbijzijnde {1}: {2} rondt af op {0}."},
      {"{0} holds if the source truncated: {2} rounded down to {1} is {0}.",
       "{0} klopt als de bron afkapte: {2} naar beneden afgerond op {1} is {0}."},
      {"{0} holds if the source rounded up: {2} rounded up to {1} is {0}.",
       "{0} klopt als de bron naar boven afrondde: {2} naar boven afgerond op {1} is {0}."},
      {"The computed {} rounds to {}, outside {}.", "Het berekende {} rondt af op {}, buiten {}."},
      {"The computed {} rounded down to {} is {}, not {}.",
       "Het berekende {} naar beneden afgerond op {} is {}, niet {}."},
      {"The computed {} rounded down to {} is {}, outside {}.",
       "Het berekende {} naar beneden afgerond op {} is {}, buiten {}."},
      {"The computed {} rounded up to {} is {}, not {}.",
       "Het berekende {} naar boven afgerond op {} is {}, niet {}."},
      {"The computed {} rounded up to {} is {}, outside {}.",
       "Het berekende {} naar boven afgerond op {} is {}, buiten {}."},
      {"rounded up", "naar boven afgerond"},
      {"{} has no value here (for a payback year: not within the horizon).",
       "{} heeft hier geen waarde (bij een terugverdienjaar: niet binnen de horizon)."},
      {"payer balance rule (README)", "regel voor de betalersbalans (README)"},
      {"per", "per"},
      {"Assumptions", "Aannames"},
      {"Sources", "Bronnen"},
      {"Tariff", "Tarief"},
      // The workbook's sheets and columns.
      {"Lines", "Regels"},
      {"Amount", "Bedrag"},
      // The names of explain's inputs and steps (core/trace.cpp), in words.
      {"for", "gedurende"},
      {"count", "aantal"},
      {"tariff", "tarief"},
      {"benefit", "baten"},
      {"index", "index"},
      {"net factor", "nettofactor"},
      {"weight of", "gewicht van"},
      {"cost over", "kosten over"},
      {"months", "maanden"},
      {"months / 12", "maanden / 12"},
      {"yearly cost of", "jaarkosten van"},
      {"discount factor", "disconteringsfactor"},
      {"cumulative discounted net", "cumulatief contant netto"},
      {"discounted", "contant"},
      {"avoided per participant", "vermeden per deelnemer"},
      {"mean avoided per participant", "gemiddeld vermeden per deelnemer"},
      {"population avoided per participant", "vermeden per deelnemer in de populatie"},
      {"value of one avoided unit", "waarde van een vermeden eenheid"},
      {"units that pay for the programme", "eenheden die het programma terugverdienen"},
      {"participants that pay for the programme", "deelnemers die het programma terugverdienen"},
      {"deadweight", "meeneemeffect"},
      {"attribution", "attributie"},
      {"displacement", "verdringing"},
      {"probability", "kans"},
      {"1 - deadweight", "1 - meeneemeffect"},
      {"1 - displacement", "1 - verdringing"},
      {"deficits of the payers", "tekorten van de betalers"},
      {"surpluses of the payers", "overschotten van de betalers"},
      {"deficit of", "tekort van"},
      {"without the programme", "zonder het programma"},
      {"population benefit less the programme cost in the cases",
       "baten van de populatie min de programmakosten in de casussen"},
      {"programme cost in the cases", "programmakosten in de casussen"},
      {"programme cost per participant and in", "programmakosten per deelnemer en in"},
      {"programme cost per participant in the cases for",
       "programmakosten per deelnemer in de casussen voor"},
      {"programme cost in the cases for", "programmakosten in de casussen voor"},
      {"avoided less the programme cost in", "vermeden min de programmakosten in"},
      {"Programme effort in the case", "Programma-inzet in de casus"},
      {"programme effort", "programma-inzet"},
      {"financial effect per participant for", "financieel effect per deelnemer voor"},
      {"economic effect per participant for", "economisch effect per deelnemer voor"},
      {"social effect per participant for", "sociaal effect per deelnemer voor"},
      {"financial effect for", "financieel effect voor"},
      {"economic effect for", "economisch effect voor"},
      {"social effect for", "sociaal effect voor"},
      {"financial benefit for", "financiële baten voor"},
      {"economic benefit for", "economische baten voor"},
      {"social benefit for", "sociale baten voor"},
      {"lines of", "posten van"},
      {"transfers from", "herverdelingen van"},
      {"net without the programme", "netto zonder het programma"},
      {"net with the programme", "netto met het programma"},
      {"net without the programme for", "netto zonder het programma voor"},
      {"net with the programme for", "netto met het programma voor"},
      {"surplus of", "overschot van"},
      {"minimum", "minimum"},
      {"{}: programme cost", "{}: programmakosten"},
      {"{}: avoided, net", "{}: netto vermeden"},
      {"{}: net", "{}: netto"},
      {"{}: net after transfer", "{}: netto na overdracht"},
      {"who pays, who gains", "wie betaalt, wie wint"},
      {"cost", "kosten"},
      {"avoided, net", "netto vermeden"},
      {"net", "netto"},
      {"net after transfer", "netto na overdracht"},
      {"no payer chart: the file sets no population, so there is nothing per payer to draw; add a "
       "'population' block (README, \"Population scaling\")",
       "geen betalersgrafiek: het bestand noemt geen populatie, dus er is niets per betaler te "
       "tekenen; voeg een blok 'population' toe (README, \"Population scaling\")"},
      {"Avoided amounts are net of additionality, for all participants.",
       "Vermeden bedragen zijn netto (na additionaliteit), voor alle deelnemers."},
      {"no time profile: the file sets no horizon of two years or more; set 'programme.horizon' "
       "(README, \"Time and discounting\")",
       "geen tijdsprofiel: het bestand noemt geen horizon van twee jaar of meer; zet "
       "'programme.horizon' (README, \"Time and discounting\")"},
      {"net per year and cumulative", "netto per jaar en cumulatief"},
      {"net in the year, nominal", "netto in het jaar, nominaal"},
      {"cumulative net, discounted", "cumulatief netto, contant"},
      {"payback in {}", "terugverdiend in {}"},
      {"The cumulative discounted net does not turn positive within the horizon.",
       "Het cumulatieve contante netto wordt binnen de horizon niet positief."},
      {"Amount at price level", "Bedrag op prijspeil"},
      {"Index factor", "Indexfactor"},
      {"Quantity", "Hoeveelheid"},
      {"For", "Duur"},
      {"Net factor", "Nettofactor"},
      {"Net amount", "Nettobedrag"},
      {"Gross", "Bruto"},
      {"Rounded to", "Afgerond op"},
      {"the mean of the cases", "het gemiddelde van de casussen"},
      {"the median of the cases", "de mediaan van de casussen"},
      {"case", "casus"},
      {"a case mix", "een mix van casussen"},
      {"Prices are those of the tariff table '{}' ({}), price year {}; none is indexed.",
       "Prijzen komen uit de tarieventabel '{}' ({}), prijspeil {}; geen prijs is geïndexeerd."},
      {"Programme costs are yearly; avoided care is counted once, in the year analysed.",
       "Programmakosten zijn jaarlijks; vermeden zorg telt eenmaal, in het geanalyseerde jaar."},
      {"No deadweight, attribution or displacement is applied: figures are gross.",
       "Er is geen deadweight, attributie of verdringing toegepast: de cijfers zijn bruto."},
      {"{}: the avoided cost per participant is that of {}.",
       "{}: de vermeden kosten per deelnemer zijn die van {}."},
      {"The population figures rest on {} case vignettes.",
       "De populatiecijfers rusten op {} casussen."},
      {"Amounts are exact; each is rounded once, to the cent, when shown (halves away from zero).",
       "Bedragen zijn exact; elk wordt eenmaal afgerond op de cent bij het tonen (helften van nul "
       "af)."},
      // Tariff library: listing and the check against a reference.
      {"Reference", "Referentie"},
      {"Verified", "Geverifieerd"},
      {"at the publisher", "bij de uitgever"},
      {"secondary", "secundair"},
      {"{}: its sources disagree; they also give {} ({}).",
       "{}: de bronnen verschillen; ze geven ook {} ({})."},
      {"{}: deviation from the reference: {}", "{}: afwijking van de referentie: {}"},
      {"Tariff library", "Tarievenbibliotheek"},
      {"No tariff matches '{}'.", "Geen tarief bevat '{}'."},
      {"Tariffs that match '{}': {}; tables: {}.", "Tarieven die '{}' bevatten: {}; tabellen: {}."},
      {"Tariffs: {}; tables: {}.", "Tarieven: {}; tabellen: {}."},
      {"Tariffs against a reference", "Tarieven tegen een referentie"},
      {"{} ({}) against {} ({}).", "{} ({}) tegen {} ({})."},
      {"Compared in prices of {}, indexed with {} ({}); a deviation beyond {}% without a "
       "deviation_reason is a finding.",
       "Vergeleken in prijzen van {}, geïndexeerd met {} ({}); een afwijking van meer dan {}% "
       "zonder deviation_reason is een bevinding."},
      {"Compared in prices of {}; a deviation beyond {}% without a deviation_reason is a finding.",
       "Vergeleken in prijzen van {}; een afwijking van meer dan {}% zonder deviation_reason is "
       "een "
       "bevinding."},
      {"Findings: {}; explained: {}; within the threshold: {}; without a reference: {}.",
       "Bevindingen: {}; verklaard: {}; binnen de marge: {}; zonder referentie: {}."},
      {"{}: the deviation is explained: {}", "{}: de afwijking is verklaard: {}"},
      {"{}: the sources of its reference price disagree; they also give {} ({}).",
       "{}: de bronnen van de referentieprijs verschillen; ze geven ook {} ({})."},
      {"Reference prices marked secondary were read in a transcription, not at the publisher.",
       "Referentieprijzen gemarkeerd als secundair zijn gelezen in een transcriptie, niet bij de "
       "uitgever."},
      {"Reference price", "Referentieprijs"},
      {"Deviation", "Afwijking"},
      {"within", "binnen de marge"},
      {"FINDING", "BEVINDING"},
      {"explained", "verklaard"},
      {"no reference", "geen referentie"},
      {"The full tree of a figure:", "De volledige herleiding van een cijfer:"},
      {"FIGURE", "CIJFER"},
      {"Reproducing this report", "Dit rapport reproduceren"},
      {"revision", "revisie"},
      {"Made by {} with: mkba {}", "Gemaakt door {} met: mkba {}"},
      {"Tariff tables compared", "Tarieftabellen vergeleken"},
      {"{} ({}), then {} ({}).", "{} ({}), daarna {} ({})."},
      {"Added: {}; removed: {}; changed: {}; unchanged: {}.",
       "Toegevoegd: {}; verwijderd: {}; gewijzigd: {}; ongewijzigd: {}."},
      {"An old price of another price year is also indexed to the new one's year with {} ({}).",
       "Een oude prijs van een ander prijspeil is ook geïndexeerd naar het jaar van de nieuwe, "
       "met {} ({})."},
      {"Price years differ: with --index SERIES the old prices are also indexed to the new "
       "ones' year.",
       "Prijspeilen verschillen: met --index REEKS worden de oude prijzen ook geïndexeerd naar "
       "het jaar van de nieuwe."},
      {"{}: {} was {}, now {}.", "{}: {} was {}, nu {}."},
      {"Status", "Status"},
      {"Changed", "Gewijzigd"},
      {"Old price", "Oude prijs"},
      {"New price", "Nieuwe prijs"},
      {"Old indexed", "Oud geïndexeerd"},
      {"Change indexed", "Verschil geïndexeerd"},
      {"added", "toegevoegd"},
      {"removed", "verwijderd"},
      {"changed", "gewijzigd"},
      {"price", "prijs"},
      {"unit", "eenheid"},
      {"payer", "betaler"},
      {"price_year", "prijspeil"},
      {"source", "bron"},
      {"Findings", "Bevindingen"},
      {"No findings: no care counted twice, no more time than there is.",
       "Geen bevindingen: geen zorg dubbel geteld, niet meer tijd dan er is."},
      {"{} findings: care that may be counted twice, or that needs more time than there is. The "
       "figures are computed as written.",
       "{} bevindingen: zorg die mogelijk dubbel is geteld, of die meer tijd vraagt dan er is. De "
       "bedragen zijn berekend zoals ze er staan."},
      {"One finding: care that may be counted twice, or that needs more time than there is. The "
       "figures are computed as written.",
       "Eén bevinding: zorg die mogelijk dubbel is geteld, of die meer tijd vraagt dan er is. De "
       "bedragen zijn berekend zoals ze er staan."},
      {"dagdelen", "dagdelen"},
      {"hours", "uren"},
      {"in year {}", "in jaar {}"},
      {"in one year", "in één jaar"},
      {"the default basis", "de standaardgrondslag"},
      {"case {}: tariff {} is on two lines ({}), and both are summed; give each line an `id` when "
       "both are meant.",
       "casus {}: tarief {} staat op twee regels ({}) en beide tellen mee; geef elke regel een "
       "`id` als beide bedoeld zijn."},
      {"case {}: {} includes {} ({}), and both are avoided ({}): counted twice?",
       "casus {}: {} omvat {} ({}) en beide zijn vermeden ({}): dubbel geteld?"},
      {"case {}: the care needs {} {} a {}; a {} holds {} ({}).",
       "casus {}: de zorg vraagt {} {} per {}; een {} heeft er {} ({})."},
      {"case {}: {} {} in one year; a year holds {} ({}).",
       "casus {}: {} {} in één jaar; een jaar heeft er {} ({})."},
      {"case {}: the care needs {} {} {}; a year holds {} ({}).",
       "casus {}: de zorg vraagt {} {} {}; een jaar heeft er {} ({})."},
      {"case {}: {} over {} days and {} admitted for {} days need {} days {}; a year holds {}: is "
       "care counted on the days of an admission? ({})",
       "casus {}: {} over {} dagen en {} opgenomen gedurende {} dagen vragen {} dagen {}; een jaar "
       "heeft er {}: telt de zorg ook op de dagen van een opname? ({})"},
      {"payer {} counts every participant as case {}, its most expensive case for that payer (EUR "
       "{}; the mean of the cases EUR {}), while the other payers count a mix of the cases ({}).",
       "betaler {} telt elke deelnemer als casus {}, de duurste casus voor die betaler (EUR {}; "
       "gemiddelde van de casussen EUR {}), terwijl de andere betalers een mix van de casussen "
       "tellen ({})."},
      {"the weights of {} count {} participants; the population has {}: participants counted "
       "more than once? ({})",
       "de weging van {} telt {} deelnemers; de populatie heeft er {}: deelnemers dubbel geteld? "
       "({})"},
      // The sources of the discount presets (core/time_value.cpp).
      {"no discounting", "niet disconteren"},
      {"Werkgroep discontovoet 2020, in force from 1 January 2021 (rwseconomie.nl): risk-free "
       "-1% + risk premium 3.25%",
       "Werkgroep discontovoet 2020, van kracht sinds 1 januari 2021 (rwseconomie.nl): risicovrij "
       "-1% + risico-opslag 3,25%"},
      {"Werkgroep discontovoet 2015, in force 1 April 2016 to 31 December 2020: 0% + risk "
       "premium 3%",
       "Werkgroep discontovoet 2015, van kracht van 1 april 2016 tot en met 31 december 2020: 0% + "
       "risico-opslag 3%"},
      {"Zorginstituut Nederland, Richtlijn economische evaluaties in de gezondheidszorg (2024): "
       "costs at 3% (effects at 1.5%), as secondary sources quote it",
       "Zorginstituut Nederland, Richtlijn economische evaluaties in de gezondheidszorg (2024): "
       "kosten tegen 3% (effecten tegen 1,5%), zoals secundaire bronnen die aanhalen"},
      {"HM Treasury, The Green Book: 3.5% for years 0-30, then 3% (31-75), 2.5% (76-125), 2% "
       "(126-200), 1.5% (201-300) and 1% (301 on)",
       "HM Treasury, The Green Book: 3,5% voor jaar 0-30, daarna 3% (31-75), 2,5% (76-125), 2% "
       "(126-200), 1,5% (201-300) en 1% (vanaf 301)"},
  };
  return words;
}

}  // namespace

namespace {

std::atomic<bool> strict{false};

const std::string* dutch_of(const std::string& english) {
  if (auto it = dutch().find(english); it != dutch().end()) return &it->second;
  if (auto it = brief_dutch().find(english); it != brief_dutch().end()) return &it->second;
  return nullptr;
}

}  // namespace

void require_dutch(bool on) { strict = on; }

std::string tr(Locale locale, const std::string& english) {
  if (locale == Locale::en || english.empty()) return english;
  if (const std::string* nl = dutch_of(english)) return *nl;
  if (strict) throw std::logic_error("no Dutch for \"" + english + "\"");
  return english;
}

std::string tr_or_keep(Locale locale, const std::string& text) {
  if (locale == Locale::en) return text;
  const std::string* nl = dutch_of(text);
  return nl ? *nl : text;
}

std::string figure_name(const std::string& figure, Locale locale) {
  return figure == "npv" ? tr(locale, "NPV") : tr(locale, "Net result");
}

}  // namespace mkba::report
