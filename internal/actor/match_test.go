package actor

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// describe renders matches as "mention@start=Group" for messages and
// comparisons; the end offset is start plus the mention's length.
func describe(text string, ms []Match) []string {
	out := []string{}
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s@%d=%s", text[m.Start:m.End], m.Start, m.Group.Name))
	}
	return out
}

func TestFind(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct {
		name  string
		text  string
		lower bool // the document is lower-cased
		want  []string
	}{
		// Names, acronyms and spelling variants.
		{"canonical", "The Balochistan Liberation Army claimed it.", false,
			[]string{"Balochistan Liberation Army@4=Balochistan Liberation Army"}},
		{"acronym", "The BLA said its fighters attacked.", false,
			[]string{"BLA@4=Balochistan Liberation Army"}},
		{"variant", "Baloch Liberation Army fighters", false,
			[]string{"Baloch Liberation Army@0=Balochistan Liberation Army"}},
		{"shabaab variants", "al-Shabaab, Al Shabab, ash-Shabaab, AL-SHABAAB, al‑Shabaab and Harakat al-Shabaab al-Mujahideen", false,
			[]string{"al-Shabaab@0=al-Shabaab", "Al Shabab@12=al-Shabaab", "ash-Shabaab@23=al-Shabaab",
				"AL-SHABAAB@36=al-Shabaab", "al‑Shabaab@48=al-Shabaab",
				"Harakat al-Shabaab al-Mujahideen@65=al-Shabaab"}},
		{"jaish spellings", "Jaish-e-Mohammed, Jaish-e-Muhammad, Jaish-i-Mohammed and JeM", false,
			[]string{"Jaish-e-Mohammed@0=Jaish-e-Mohammed", "Jaish-e-Muhammad@18=Jaish-e-Mohammed",
				"Jaish-i-Mohammed@36=Jaish-e-Mohammed", "JeM@57=Jaish-e-Mohammed"}},
		{"islamic state names", "Daesh, ISIS, ISIL and the Islamic State group", false,
			[]string{"Daesh@0=Islamic State", "ISIS@7=Islamic State", "ISIL@13=Islamic State",
				"Islamic State@26=Islamic State"}},
		{"pakistani taliban", "the Pakistani Taliban, or TTP, and the Tehreek-e-Taliban Pakistan", false,
			[]string{"Pakistani Taliban@4=Tehrik-i-Taliban Pakistan", "TTP@26=Tehrik-i-Taliban Pakistan",
				"Tehreek-e-Taliban Pakistan@39=Tehrik-i-Taliban Pakistan"}},
		{"accents", "Frente Farabundo Martí para la Liberación Nacional and the Séléka", false,
			[]string{"Frente Farabundo Martí para la Liberación Nacional@0=Farabundo Marti National Liberation Front",
				"Séléka@61=Seleka"}},
		{"decomposed accents", "Se\u0301le\u0301ka", false, []string{"Se\u0301le\u0301ka@0=Seleka"}},
		{"transliteration marks", "Jamāʿat Nusrat al-Islam wal-Muslimin", false,
			[]string{"Jamāʿat Nusrat al-Islam wal-Muslimin@0=Jama'at Nusrat al-Islam wal-Muslimin"}},

		// Longest match, no overlaps.
		{"province beats state", "Islamic State West Africa Province (ISWAP)", false,
			[]string{"Islamic State West Africa Province@0=Islamic State West Africa Province",
				"ISWAP@36=Islamic State West Africa Province"}},
		{"possessive province", "Islamic State's West Africa Province", false,
			[]string{"Islamic State's West Africa Province@0=Islamic State West Africa Province"}},
		{"longer alias", "Real IRA and Islamic Jihad Union and Islamic Jihad", false,
			[]string{"Real IRA@0=Real Irish Republican Army", "Islamic Jihad Union@13=Islamic Jihad Union",
				"Islamic Jihad@37=Palestinian Islamic Jihad"}},
		{"dissidents", "FARC dissidents attacked a FARC camp", false,
			[]string{"FARC dissidents@0=FARC dissidents", "FARC@27=Revolutionary Armed Forces of Colombia"}},
		{"prefix only", "the Islamic State West", false, []string{"Islamic State@4=Islamic State"}},

		// Word boundaries, apostrophes, possessives.
		{"inside a word", "BLAH, Bahamas, Hamasa, unHamas", false, []string{}},
		{"apostrophes", "People’s Protection Units and People's Protection Units and Peoples Protection Units", false,
			[]string{"People’s Protection Units@0=People's Protection Units",
				"People's Protection Units@32=People's Protection Units",
				"Peoples Protection Units@62=People's Protection Units"}},
		{"possessive", "Hamas's armed wing and Hamas’s leaders and Hamas' men", false,
			[]string{"Hamas@0=Hamas", "Hamas@23=Hamas", "Hamas@45=Hamas"}},
		{"plural possessive", "al-Aqsa Martyrs' Brigades", false,
			[]string{"al-Aqsa Martyrs' Brigades@0=al-Aqsa Martyrs' Brigades"}},
		{"bracket", "CPI (Maoist) cadres and CPI(Maoist)", false,
			[]string{"CPI (Maoist)@0=Communist Party of India (Maoist)", "CPI(Maoist)@24=Communist Party of India (Maoist)"}},
		{"dotted", "U.S.-led coalition and US-led coalition", false,
			[]string{"U.S.-led coalition@0=US-led coalition", "US-led coalition@23=US-led coalition"}},
		{"sentence break", "a vote in the Islamic. State media said", false, []string{}},
		{"paragraph break", "Islamic\n\nState", false, []string{}},
		{"line break", "Islamic\nState", false, []string{"Islamic\nState@0=Islamic State"}},
		{"digits", "M23 rebels, the M-23 and the March 23 Movement", false,
			[]string{"M23@0=March 23 Movement", "M-23@16=March 23 Movement", "March 23 Movement@29=March 23 Movement"}},
		{"negated", "an anti-Taliban militia and counter-ISIS forces, but pro-Taliban fighters", false,
			[]string{"Taliban@57=Taliban"}},
		{"negated whole name", "anti-al-Qaeda forces", false, []string{}},

		// Case rules for marked names.
		{"IS upper", "IS claimed the attack", false, []string{"IS@0=Islamic State"}},
		{"IS verb", "It is what it Is", false, []string{}},
		{"IS lower document", "is claimed the attack", true, []string{}},
		{"IS caps headline", "WHAT IS NEXT FOR MOSUL", false, []string{}},
		{"IS caps with context", "IS MILITANTS KILLED 12", false, []string{"IS@0=Islamic State"}},
		{"IS caps bracketed", "ISLAMIC STATE (IS) CLAIMED", false,
			[]string{"ISLAMIC STATE@0=Islamic State", "IS@15=Islamic State"}},
		{"FAR word", "so far, the FAR has not claimed it", false, []string{"FAR@12=Rebel Armed Forces"}},
		{"FAR caps", "SO FAR THE ARMY SAID; THE FAR GUERRILLAS ATTACKED", false,
			[]string{"FAR@26=Rebel Armed Forces"}},
		{"FAR lower", "so far the far guerrillas", true, []string{}},
		{"ELN mixed", "The ELN said; the Eln said", false, []string{"ELN@4=National Liberation Army"}},
		{"ELN lower", "the eln said", true, []string{"eln@4=National Liberation Army"}},
		{"ELN caps", "THE ELN SAID", false, []string{"ELN@4=National Liberation Army"}},
		{"ETA forms", "ETA and Eta but not eta", false, []string{"ETA@0=ETA", "Eta@8=ETA"}},
		{"IRA and a name", "the IRA, not Ira Glass", false, []string{"IRA@4=Provisional Irish Republican Army"}},
		{"case picks group", "JeM and JEM", false,
			[]string{"JeM@0=Jaish-e-Mohammed", "JEM@8=Justice and Equality Movement"}},
		{"LeT not let", "LeT said LET IT BE and let it be", false, []string{"LeT@0=Lashkar-e-Taiba"}},
		{"title case province", "in North Sinai province; Sinai Province claimed", false,
			[]string{"Sinai Province@25=Islamic State Sinai Province"}},

		// Lower-cased documents (MUC-4).
		{"muc lower", "the farabundo marti national liberation front (fmln) and the eln", true,
			[]string{"farabundo marti national liberation front@4=Farabundo Marti National Liberation Front",
				"fmln@47=Farabundo Marti National Liberation Front", "eln@61=National Liberation Army"}},
		{"muc caps", "THE MANUEL RODRIGUEZ PATRIOTIC FRONT (FPMR) AND THE EXTRADITABLES", false,
			[]string{"MANUEL RODRIGUEZ PATRIOTIC FRONT@4=Manuel Rodriguez Patriotic Front",
				"FPMR@38=Manuel Rodriguez Patriotic Front", "THE EXTRADITABLES@48=The Extraditables"}},
		{"empty", "", false, []string{}},
		{"no words", " -- ... ’’ ", false, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(tc.text, l.Find(nil, tc.text, tc.lower))
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q, lower=%v)\n got %q\nwant %q", tc.text, tc.lower, got, tc.want)
			}
		})
	}
}

// TestFindOutlets checks that the groups' own outlets are found as their
// owner's voice by FindOutlets and never by Find, which finds the group
// named inside an outlet's name as it does anywhere.
func TestFindOutlets(t *testing.T) {
	l := mustLoad(t)
	for _, tc := range []struct {
		name        string
		text        string
		lower       bool
		outlets     []string
		groupsFound []string
	}{
		{"agency", "the group's Amaq news agency said", false,
			[]string{"Amaq news agency@12=Islamic State"}, []string{}},
		{"radio with a group's name", "Radio Farabundo Marti said", false,
			[]string{"Radio Farabundo Marti@0=Farabundo Marti National Liberation Front"},
			[]string{"Farabundo Marti@6=Farabundo Marti National Liberation Front"}},
		{"lower", "radio venceremos reported", true,
			[]string{"radio venceremos@0=Farabundo Marti National Liberation Front"}, []string{}},
		{"possessive", "Hezbollah's al-Manar television", false,
			[]string{"al-Manar television@12=Hezbollah"}, []string{"Hezbollah@0=Hezbollah"}},
		{"no outlet", "Radio Free Europe said", false, []string{}, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := describe(tc.text, l.FindOutlets(nil, tc.text, tc.lower)); !slices.Equal(got, tc.outlets) {
				t.Errorf("FindOutlets(%q)\n got %q\nwant %q", tc.text, got, tc.outlets)
			}
			if got := describe(tc.text, l.Find(nil, tc.text, tc.lower)); !slices.Equal(got, tc.groupsFound) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tc.text, got, tc.groupsFound)
			}
			groups, outlets := l.FindWithOutlets(nil, nil, tc.text, tc.lower)
			if g, o := describe(tc.text, groups), describe(tc.text, outlets); !slices.Equal(g, tc.groupsFound) || !slices.Equal(o, tc.outlets) {
				t.Errorf("FindWithOutlets(%q)\n got %q, %q\nwant %q, %q", tc.text, g, o, tc.groupsFound, tc.outlets)
			}
		})
	}
}

// TestFindWithOutletsCorpus checks that the one scan of FindWithOutlets
// finds what Find and FindOutlets find apart, on every Reuters article in
// its case and lower-cased, each with an outlet sentence added.
func TestFindWithOutletsCorpus(t *testing.T) {
	docs, _ := readCorpus(t)
	l := mustLoad(t)
	const told = " Radio Farabundo Marti, the FMLN's station, and Hezbollah's al-Manar TV said."
	for i, d := range docs {
		for _, lower := range []bool{false, true} {
			text := d + told
			if lower {
				text = strings.ToLower(text)
			}
			groups, outlets := l.FindWithOutlets(nil, nil, text, lower)
			if want := l.Find(nil, text, lower); !slices.Equal(groups, want) {
				t.Fatalf("article %d (lower %v): groups %v, Find %v", i, lower, groups, want)
			}
			if want := l.FindOutlets(nil, text, lower); !slices.Equal(outlets, want) {
				t.Fatalf("article %d (lower %v): outlets %v, FindOutlets %v", i, lower, outlets, want)
			}
		}
	}
}

// TestFindAppends checks that Find appends to dst and keeps what was there.
func TestFindAppends(t *testing.T) {
	l := mustLoad(t)
	dst := l.Find(nil, "Hamas", false)
	dst = l.Find(dst, "the Taliban", false)
	if len(dst) != 2 || dst[0].Group.Name != "Hamas" || dst[1].Group.Name != "Taliban" || dst[1].Start != 4 {
		t.Errorf("Find appended %+v", dst)
	}
}
